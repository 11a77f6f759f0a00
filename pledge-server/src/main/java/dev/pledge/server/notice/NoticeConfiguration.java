package dev.pledge.server.notice;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on polling for due notices and reads {@code pledge.notices.*}. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(NoticeSettings.class)
class NoticeConfiguration {}
