package dev.pledge.server.notice;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads {@code pledge.notices.*}; {@link NoticePolling} runs the polling loops. */
@Configuration
@EnableConfigurationProperties(NoticeSettings.class)
class NoticeConfiguration {}
