package com.linq.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sample application that walks through a day with the Linq API: list the phone numbers,
 * start a chat, send a message, and read the chat back. Without a {@code LINQ_API_TOKEN}
 * it runs against an embedded Linq emulator, so it needs no network and no account.
 */
@SpringBootApplication
@EnableConfigurationProperties(SampleProperties.class)
public class SampleApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(run(args)));
	}

	/**
	 * Starts the application, in emulator mode when no API token is configured.
	 */
	public static ConfigurableApplicationContext run(String... args) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		application.addInitializers(new EmulatorModeInitializer());
		return application.run(args);
	}

}
