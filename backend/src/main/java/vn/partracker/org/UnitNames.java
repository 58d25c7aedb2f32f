package vn.partracker.org;

import vn.partracker.shared.Table;

/**
 * How unit names are compared wherever a table names a unit: case, accents, spacing and dash
 * variants (en and em dashes are hyphens), a bullet or trailing punctuation ("UBND các xã.") do
 * not matter, nor a trailing "huyện"/"tỉnh", nor (two tiers: a commune's own offices) a trailing
 * "xã"/"phường" ("Văn phòng HĐND và UBND xã"); a group keeps its level word ("UBND các huyện",
 * "UBND 14 xã").
 */
public final class UnitNames {

  private UnitNames() {}

  public static String key(String name) {
    String key = Table.key(name == null ? "" : name.replaceAll("[\u2010-\u2015\u2212]", "-"));
    key = key.replaceAll("^[-+*•\\s]+", "").replaceAll("[\\s.,;:!]+$", "");
    key = key.replaceAll("\\s*-\\s*", " - ");
    key = key.replaceAll("(?<!\\bcac)(?<!\\d)\\s+(huyen|tinh|thi xa|thanh pho|xa|phuong)$", "").replaceAll("[\\s.,;:!]+$", "");
    return key.strip();
  }
}
