package org.helpline.tenancy.internal;

/** Patterns and limits shared by the input records' annotations and the rules that check them again. */
public final class TenantConstraints {

    public static final String DOMAIN =
            "(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    public static final String COUNTRY = "[A-Z]{2}";
    public static final String LANGUAGE = "pl|en|zh-CN";
    public static final String OFFERING = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?";
    public static final long MAX_LICENCES = 1_000_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_ZONE = 64;
    public static final int MAX_PHONE_INPUT = 40;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_WEBSITE = 300;
    public static final int MAX_CONTACTS = 10;

    private TenantConstraints() {}
}
