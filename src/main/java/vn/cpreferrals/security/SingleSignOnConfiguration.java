package vn.cpreferrals.security;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Profile {@code oidc}: single sign-on through the province's OpenID Connect provider (Keycloak or any other). Tasklist,
 * Cockpit and Admin sign in by the provider's login page and sign out there too; the engine REST API and our /api take
 * the provider's bearer tokens (and no passwords). The token's groups claim names the person's agency groups; each
 * sign-in mirrors the person into the engine ({@link TokenAccounts}). Settings: application-oidc.yaml,
 * docs/sign-in.md.
 */
@Configuration(proxyBeanMethods = false)
@Profile("oidc")
class SingleSignOnConfiguration {

  static final String SIGN_OUT = "/logout";

  @Bean
  TokenAccounts tokenAccounts(IdentityService identity, @Value("${camunda.bpm.admin-user.id:admin}") String admin) {
    return new TokenAccounts(identity, admin);
  }

  /** Bearer tokens for /engine-rest and /api: validated here (signature, issuer, audience, expiry). */
  @Bean
  @Order(1)
  SecurityFilterChain apiTokens(HttpSecurity http) throws Exception {
    // Path patterns, not Spring MVC's matchers: the engine REST API and the webapps are not served by Spring MVC.
    http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**")))
        // Who may do what is the engine's answer (EngineAuthenticationFilter after this chain), not Spring's.
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .oauth2ResourceServer(o -> o.jwt(jwt -> { }))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .anonymous(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /** The webapps: the provider's login page, and its logout when the person signs out. */
  @Bean
  @Order(2)
  SecurityFilterChain webappSignIn(HttpSecurity http, ClientRegistrationRepository clients,
      @Value("${cp.oidc.after-sign-out:{baseUrl}/camunda/app/tasklist/}") String afterSignOut) throws Exception {
    OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(clients);
    signedOut.setPostLogoutRedirectUri(afterSignOut);
    http.authorizeHttpRequests(a -> a
            .requestMatchers(path("/camunda/app/**"), path("/camunda/api/**")).authenticated()
            .anyRequest().permitAll())
        .oauth2Login(login -> { })
        // The webapps' own requests are answered 401 (they then show their login route, which signs out below);
        // only pages are sent to the provider's login.
        .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
            path("/camunda/api/**")))
        .logout(l -> l.logoutUrl(SIGN_OUT).logoutSuccessHandler(signedOut).invalidateHttpSession(true))
        // The webapps carry their own CSRF token and security headers (camunda.bpm.webapp.*).
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .anonymous(AbstractHttpConfigurer::disable);
    return http.build();
  }

  @Bean
  AuthenticationProvider bearerTokenAuthentication(TokenAccounts accounts,
      @Value("${cp.oidc.user-id-claim:preferred_username}") String userIdClaim,
      @Value("${cp.oidc.groups-claim:groups}") String groupsClaim) {
    return new BearerTokens(accounts, userIdClaim, groupsClaim);
  }

  /** Signs the webapps' session in from the provider's login (after Spring Security's chain). */
  @Bean
  FilterRegistrationBean<Filter> webappTokenSignIn(TokenAccounts accounts,
      @Value("${cp.oidc.groups-claim:groups}") String groupsClaim) {
    ContainerBasedAuthenticationFilter filter = new ContainerBasedAuthenticationFilter() {
      @Override
      public void init(FilterConfig filterConfig) {
        authenticationProvider = new SignedInPeople(accounts, groupsClaim);
      }
    };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("webapp-token-sign-in");
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  /** The engine authentication of an API call from its validated bearer token. */
  static final class BearerTokens implements AuthenticationProvider {

    private final TokenAccounts accounts;
    private final String userIdClaim;
    private final String groupsClaim;

    BearerTokens(TokenAccounts accounts, String userIdClaim, String groupsClaim) {
      this.accounts = accounts;
      this.userIdClaim = userIdClaim;
      this.groupsClaim = groupsClaim;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (!(authentication instanceof JwtAuthenticationToken token)) {
        return AuthenticationResult.unsuccessful();
      }
      Jwt jwt = token.getToken();
      return signedIn(accounts, jwt.getClaimAsString(userIdClaim), jwt.getClaimAsString("given_name"),
          jwt.getClaimAsString("family_name"), jwt.getClaimAsString("email"), jwt.getClaims().get(groupsClaim));
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"cp-referrals\"");
    }
  }

  /** The engine authentication of a webapp session from the person the provider signed in. */
  static final class SignedInPeople implements AuthenticationProvider {

    private final TokenAccounts accounts;
    private final String groupsClaim;

    SignedInPeople(TokenAccounts accounts, String groupsClaim) {
      this.accounts = accounts;
      this.groupsClaim = groupsClaim;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser person)) {
        return AuthenticationResult.unsuccessful();
      }
      return signedIn(accounts, authentication.getName(), person.getGivenName(), person.getFamilyName(),
          person.getEmail(), person.getClaims().get(groupsClaim));
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
      // the webapps show their own answer to 401
    }
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  /** The engine authentication of the person a token names, mirrored first; none if the mirror refuses them. */
  static AuthenticationResult signedIn(TokenAccounts accounts, String userId, String firstName, String lastName,
      String email, Object groupsClaim) {
    try {
      TokenAccounts.SignedIn signedIn = accounts.signIn(userId, firstName, lastName, email, listClaim(groupsClaim));
      AuthenticationResult result = AuthenticationResult.successful(signedIn.userId());
      result.setGroups(signedIn.groupIds());
      return result;
    } catch (TokenAccounts.Refused refused) {
      return AuthenticationResult.unsuccessful(userId);
    }
  }

  static List<String> listClaim(Object claim) {
    if (claim instanceof java.util.Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    return claim == null ? List.of() : List.of(String.valueOf(claim));
  }
}
