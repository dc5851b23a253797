package com.linq.client;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event at TRACE and above while it is open, by setting the root
 * logger of Logback to TRACE and attaching an appender to it. Each captured line contains
 * the level, logger name, message and stack trace of the event.
 */
public final class LogCapture implements AutoCloseable {

	private final Logger root;

	private final Level previousLevel;

	private final Appender appender = new Appender();

	private LogCapture() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		this.root = context.getLogger(Logger.ROOT_LOGGER_NAME);
		this.previousLevel = this.root.getLevel();
		this.appender.setContext(context);
		this.appender.start();
		this.root.addAppender(this.appender);
		this.root.setLevel(Level.TRACE);
	}

	/**
	 * Starts capturing.
	 */
	public static LogCapture start() {
		return new LogCapture();
	}

	/**
	 * Returns the captured lines, each with its stack trace, if any, on following lines.
	 */
	public List<String> lines() {
		synchronized (this.appender) {
			return List.copyOf(this.appender.lines);
		}
	}

	/**
	 * Returns the captured lines of one logger and the loggers below it.
	 */
	public List<String> linesOf(String loggerName) {
		return lines().stream().filter((line) -> line.split(" ", 3)[1].startsWith(loggerName)).toList();
	}

	/**
	 * Returns all captured output as one text.
	 */
	public String text() {
		return String.join("\n", lines());
	}

	@Override
	public void close() {
		this.root.setLevel(this.previousLevel);
		this.root.detachAppender(this.appender);
		this.appender.stop();
	}

	private static final class Appender extends AppenderBase<ILoggingEvent> {

		private final List<String> lines = new ArrayList<>();

		@Override
		protected synchronized void append(ILoggingEvent event) {
			String line = event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage();
			if (event.getThrowableProxy() != null) {
				line += "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
			}
			this.lines.add(line);
		}

	}

}
