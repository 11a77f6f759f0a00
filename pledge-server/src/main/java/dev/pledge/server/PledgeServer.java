package dev.pledge.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Pledge server: guarantees, tickets and live SLA clocks over REST. */
@SpringBootApplication
public class PledgeServer {

  public static void main(String[] args) {
    SpringApplication.run(PledgeServer.class, args);
  }
}
