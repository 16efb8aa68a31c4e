package com.socialworkprogression;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SocialWorkProgressionApplication {

  public static void main(String[] args) {
    SpringApplication.run(SocialWorkProgressionApplication.class, args);
  }
}
