package com.socialworkprogression.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bad input to the engine's REST API that the engine refuses as a generic error, and its REST layer
 * then answers with a 500, gets a 400 that says what is wrong and how to put it right: an id with
 * characters ids may not have, a password the policy refuses, a Java-serialized object, an Object
 * variable without its type. Nothing was saved: the engine refused before it changed anything.
 */
@Configuration
public class EngineBadInput {

  record Translation(String engineSays, String weSay) {}

  static final List<Translation> BAD_INPUT = List.of(
      new Translation("is not a valid resource identifier", "That id is not allowed: ids use letters, digits, dots, "
          + "hyphens and underscores, and start with a letter or a digit (e.g. jo.smith)."),
      new Translation("Password does not match policy", "The password does not meet the password policy: at least 10 "
          + "characters, with an upper-case and a lower-case letter, a digit and a special character, and not the user's "
          + "id or name."),
      new Translation("Java serialization format is prohibited", "Java-serialized objects are refused. Send the value "
          + "as JSON (valueInfo.serializationDataFormat application/json, with valueInfo.objectTypeName) or as a String, "
          + "Number, Boolean or Date."),
      new Translation("Cannot find serializer for value 'ObjectValue", "An Object variable needs valueInfo.objectTypeName "
          + "and valueInfo.serializationDataFormat application/json; or send the value as a String, Number, Boolean or Date."));

  @Bean
  public ResourceConfigCustomizer engineBadInputAs400() {
    return config -> config.register(BadInputAs400.class);
  }

  /** Rewrites the engine REST's 500 for bad input into a 400; every other response passes as it is. */
  public static class BadInputAs400 implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatus() != 500 || !(response.getEntity() instanceof ExceptionDto error) || error.getMessage() == null) {
        return;
      }
      for (Translation translation : BAD_INPUT) {
        if (error.getMessage().contains(translation.engineSays())) {
          ExceptionDto refusal = new ExceptionDto();
          refusal.setType("InvalidRequestException");
          refusal.setMessage(translation.weSay());
          response.setStatus(400);
          response.setEntity(refusal);
          return;
        }
      }
    }
  }
}
