package vn.cpreferrals.casework;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The words staff read for the codes a case stores (the codes stay the data; the labels are for screens). Instances of
 * earlier CaseIntervention versions call {@code caseLabels.harmType} from their call activities: keep it public.
 */
@Component("caseLabels")
public class CaseLabels {

  static final Map<String, String> HARM_TYPES = Map.of(
      "xam_hai_tinh_duc", "Xâm hại tình dục",
      "bao_luc", "Bạo lực",
      "bo_roi", "Bỏ rơi, bỏ mặc",
      "mua_ban", "Mua bán, bắt cóc",
      "boc_lot_lao_dong", "Bóc lột sức lao động",
      "nguy_co", "Có nguy cơ bị xâm hại");

  static final Map<String, String> INTAKE_SOURCES = Map.of(
      "HOTLINE_111", "Tổng đài 111",
      "POLICE", "Công an",
      "HEALTH", "Cơ quan y tế / LĐTBXH",
      "COMMUNE", "UBND xã/phường",
      "SCHOOL", "Nhà trường",
      "HEALTH_FACILITY", "Cơ sở y tế",
      "CITIZEN", "Người dân");

  public String intakeSource(Object code) {
    return code == null ? null : INTAKE_SOURCES.getOrDefault(code.toString(), code.toString());
  }

  public String harmType(Object code) {
    return code == null ? null : HARM_TYPES.getOrDefault(code.toString(), code.toString());
  }
}
