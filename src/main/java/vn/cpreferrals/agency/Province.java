package vn.cpreferrals.agency;

/** A province; its id is the Camunda tenant id that scopes all work in it. */
public record Province(String id, String name) {}
