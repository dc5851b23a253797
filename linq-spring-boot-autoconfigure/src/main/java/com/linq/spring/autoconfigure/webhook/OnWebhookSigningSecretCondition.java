package com.linq.spring.autoconfigure.webhook;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code linq.webhook.signing-secret} is set to a non-blank value. An empty
 * value, as left by {@code ${LINQ_WEBHOOK_SIGNING_SECRET:}} when the variable is unset,
 * and a placeholder that resolves nowhere count as not set. The condition report names the property but never its value.
 */
class OnWebhookSigningSecretCondition extends SpringBootCondition {

	static final String PROPERTY = "linq.webhook.signing-secret";

	private static final Log logger = LogFactory.getLog(OnWebhookSigningSecretCondition.class);

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("Linq webhook signing secret");
		String secret;
		try {
			secret = context.getEnvironment().getProperty(PROPERTY);
		}
		catch (IllegalArgumentException ex) {
			// The value refers to a placeholder that resolves nowhere, such as an unset
			// environment variable: the secret is not set.
			logger.warn("The Linq webhook endpoint is not registered: " + PROPERTY
					+ " refers to a placeholder that resolves nowhere. Set the variable it names, or give the"
					+ " placeholder a default such as ${LINQ_WEBHOOK_SIGNING_SECRET:}.");
			return ConditionOutcome.noMatch(message.because("property " + PROPERTY + " refers to an unresolvable placeholder"));
		}
		if (StringUtils.hasText(secret)) {
			return ConditionOutcome.match(message.found("property").items(PROPERTY));
		}
		return ConditionOutcome.noMatch(message.didNotFind("non-empty property").items(PROPERTY));
	}

}
