package com.linq.spring.autoconfigure.webhook;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code linq.webhook.signing-secret} is set to a non-empty value. An empty
 * value, as left by {@code ${LINQ_WEBHOOK_SIGNING_SECRET:}} when the variable is unset,
 * counts as not set. The condition report names the property but never its value.
 */
class OnWebhookSigningSecretCondition extends SpringBootCondition {

	static final String PROPERTY = "linq.webhook.signing-secret";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("Linq webhook signing secret");
		if (StringUtils.hasLength(context.getEnvironment().getProperty(PROPERTY))) {
			return ConditionOutcome.match(message.found("property").items(PROPERTY));
		}
		return ConditionOutcome.noMatch(message.didNotFind("non-empty property").items(PROPERTY));
	}

}
