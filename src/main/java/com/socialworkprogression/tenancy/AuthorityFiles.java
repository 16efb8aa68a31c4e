package com.socialworkprogression.tenancy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads an authority's own YAML file from the classpath (e.g. authorities/nelc.yaml, demo/nelc.yaml)
 * into a record, the way Spring reads application.yaml: kebab-case keys, dates as yyyy-MM-dd, periods
 * as ISO (P3W). A file that is missing gives empty; a file that does not fit the record fails start-up
 * with the file's name.
 */
public final class AuthorityFiles {

  private AuthorityFiles() {}

  public static <T> Optional<T> read(String location, Class<T> type) {
    ClassPathResource resource = new ClassPathResource(location);
    if (!resource.exists()) {
      return Optional.empty();
    }
    try {
      var sources = new YamlPropertySourceLoader().load(location, resource);
      Binder binder = new Binder(ConfigurationPropertySources.from(sources), null,
          ApplicationConversionService.getSharedInstance());
      return Optional.of(binder.bindOrCreate(ConfigurationPropertyName.EMPTY, Bindable.of(type), null));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + location, e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Cannot read " + location + ": " + e.getMessage(), e);
    }
  }
}
