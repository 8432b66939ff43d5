package vn.cpreferrals.engine;

/**
 * The order in which our extensions join the engine, in one place. Spring hands every engine plugin bean to
 * {@link EngineConfiguration} sorted by {@code @Order}; the starter's own configuration runs first (order 0). Each
 * plugin carries {@code @Order(EnginePlugins.X)}.
 *
 * <ol>
 * <li>{@link #AUDIT} — the audit interceptor goes into the transaction first, so it wraps the guard and records what
 * the guard refuses ({@code engine.audit}).</li>
 * <li>{@link #GUARD} — the guard checks every command: query filters, form-checked writes, comments, jobs
 * ({@code engine.guard}).</li>
 * <li>{@link #CONFLICT_RETRY} — a task completion that meets a timer's job on the same instance is run again instead
 * of failing ({@code engine.retry}).</li>
 * <li>{@link #INTAKE_HISTORY} — replaces the engine's database history handler: intake values stay out of history
 * ({@code engine.history}).</li>
 * <li>{@link #DEADLINES} — the deadline timers' job handler ({@code engine.deadline}).</li>
 * <li>{@link #AUTHORIZATION_SHORTCUTS} — authorization checks use the groups as the login gave them; a task query for
 * the user's own candidate groups needs no grant join.</li>
 * <li>{@link #DIRECTORY} — profile {@code ldap}: people and groups from the province's directory, provinces from the
 * registry ({@code engine.directory}).</li>
 * <li>{@link #TUNING} — indexes and settings after the schema exists.</li>
 * <li>{@link #LONG_TEXT} — text longer than the engine's 4,000-character column is stored as bytes
 * ({@code engine.variables}).</li>
 * <li>{@link #TENANCY} — every instance is stamped with its province ({@code engine.tenancy}).</li>
 * <li>{@link #TENANT_DENIAL} — a denied tenant check answers 403, after the engine built its command checkers.</li>
 * <li>{@link #ON_ENGINE_BUILT} — work on the built engine, in the order of {@link vn.cpreferrals.process.OnEngineBuilt}: identities from the
 * registry first ({@code identity}), then the shared Tasklist filters that name their groups ({@code tasklist}).</li>
 * </ol>
 */
public final class EnginePlugins {

  public static final int AUDIT = 50;
  public static final int GUARD = 100;
  public static final int CONFLICT_RETRY = 150;
  public static final int INTAKE_HISTORY = 200;
  public static final int DEADLINES = 300;
  public static final int AUTHORIZATION_SHORTCUTS = 400;
  public static final int DIRECTORY = 450;
  public static final int TUNING = 500;
  public static final int LONG_TEXT = 550;
  public static final int TENANCY = 600;
  public static final int TENANT_DENIAL = 700;
  public static final int ON_ENGINE_BUILT = 800;

  private EnginePlugins() {}
}
