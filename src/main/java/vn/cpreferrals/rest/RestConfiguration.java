package vn.cpreferrals.rest;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine REST API as the starter configures it, plus our answers for requests the client got wrong. */
@Component
class RestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(ClientFaultMapper.RestFaults.class);
    register(ClientFaultMapper.EngineFaults.class);
  }
}
