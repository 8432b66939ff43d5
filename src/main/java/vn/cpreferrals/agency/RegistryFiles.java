package vn.cpreferrals.agency;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.Resource;

/** Reads the registry data file; used by the application and by offline tools such as the directive generator. */
public final class RegistryFiles {

  private RegistryFiles() {}

  public static AgencyRegistry read(Resource location) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = location.getInputStream()) {
      RegistryFile file = yaml.readValue(in, RegistryFile.class);
      return new AgencyRegistry(file.provinces(), file.agencies());
    }
  }
}
