# Derives successors-2025.csv (old commune -> new commune on 1/7/2025) from the free text `truocsapnhap`
# ("before the merge") of donvi_tinhthanh.json in thanglequoc/vietnamese-provinces-database.
# Run by the script in refresh.md (jq 1.6); this file is data preparation, nothing reads it at run time.
# Inputs:
#   $dv    (--slurpfile) donvi_tinhthanh.json
#   $pre   (--rawfile)   units-pre-2025.csv (old units, state of 30/6/2025)
#   $new   (--rawfile)   units-2025.csv (units since 1/7/2025)
#   $from  (--argjson)   new province code -> the old province codes that formed it
# Output: one JSON object {rows, report}; refresh.md writes the rows as CSV and prints the report.

# Vietnamese vowels with their five tone marks, tone 0 (none) first.
def lowerVowels: ["aàáảãạ","ăằắẳẵặ","âầấẩẫậ","eèéẻẽẹ","êềếểễệ","iìíỉĩị","oòóỏõọ","ôồốổỗộ","ơờớởỡợ",
                  "uùúủũụ","ưừứửữự","yỳýỷỹỵ"];
def upperVowels: ["AÀÁẢÃẠ","ĂẰẮẲẴẶ","ÂẦẤẨẪẬ","EÈÉẺẼẸ","ÊỀẾỂỄỆ","IÌÍỈĨỊ","OÒÓỎÕỌ","ÔỒỐỔỖỘ","ƠỜỚỞỠỢ",
                  "UÙÚỦŨỤ","ƯỪỨỬỮỰ","YỲÝỶỸỴ"];
def chars: explode | map([.] | implode);

# The source text mixes precomposed letters with letter + combining mark ("Đống" as ô + U+0301):
# compose them first. Table: letter + combining mark -> precomposed letter.
def composeTable:
  ([768, 769, 777, 771, 803] | map([.] | implode)) as $toneMarks   # grave, acute, hook, tilde, dot below
  | reduce ((lowerVowels + upperVowels)[] | chars) as $g ({};
      reduce range(1; 6) as $t (.; .[$g[0] + $toneMarks[$t - 1]] = $g[$t]))
  | . + ({"a\u0306": "ă", "a\u0302": "â", "e\u0302": "ê", "o\u0302": "ô", "o\u031b": "ơ", "u\u031b": "ư",
          "A\u0306": "Ă", "A\u0302": "Â", "E\u0302": "Ê", "O\u0302": "Ô", "O\u031b": "Ơ", "U\u031b": "Ư"});
def compose($C):
  reduce chars[] as $c ([]; if length > 0 and $C[.[-1] + $c] then .[-1] = $C[.[-1] + $c] else . + [$c] end)
  | join("");

# letter -> [base letter, tone]
def vowelTable:
  reduce range(0; 12) as $g ({};
    (lowerVowels[$g] | chars) as $l | (upperVowels[$g] | chars) as $u
    | reduce range(0; 6) as $t (.; .[$l[$t]] = [$l[0], $t] | .[$u[$t]] = [$l[0], $t]));

# Exact key: case, spacing and tone-mark placement ignored (Hòa = Hoà, Thủy = Thuỷ).
def key($V):
  gsub("[-–']"; " ") | [splits(" +") | select(length > 0)]
  | map(chars | map($V[.] // [(if . == "Đ" then "đ" else ascii_downcase end), 0])
        | (map(.[0]) | join("")) + (map(.[1]) | max | tostring))
  | join(" ");

# Loose key, what names are matched on: besides the above, no diacritics (Đăk = Đắk = Đak), no spaces or
# apostrophes (K' Dang = KDang), and a word-final c written k (Ngọc = Ngọk), as names of the Central Highlands
# are spelt several ways. Matches differing from the exact key are listed in the report for review.
def loose($V):
  key($V) | gsub("[0-9]"; "") | gsub("ă|â"; "a") | gsub("ê"; "e") | gsub("ô|ơ"; "o") | gsub("ư"; "u")
  | gsub("đ"; "d") | gsub("c(?= |$)"; "k") | gsub(" "; "");

# Misspellings no rule above covers, each checked by hand: the old unit lies in the district of the other
# units of the list (or carries the new unit's code), and no other old unit of the provinces has a close name.
def aliases: {
  "Lản Nhì Thàng": "Lả Nhì Thàng",  # 03391, huyện Phong Thổ; only similar name in Lai Châu
  "Can Hồ": "Kan Hồ",               # 03469, huyện Mường Tè, with Thị trấn Mường Tè and Bum Tở
  "Hua Bum": "Hua Bun",             # 03460, the new Xã Hua Bum keeps its code
  "Ma Li Pho": "Ma Ly Pho",         # 03574, huyện Phong Thổ, with Thị trấn Phong Thổ
  "Tung Qua Lìn": "Tông Qua Lìn",   # 03565, huyện Phong Thổ, with Mù Sang and Dào San
  "Đăk Plô": "Đắk Blô",             # 23344, the new Xã Đăk Plô keeps its code
  "Măng Bút": "Măng Buk",           # 23458, huyện Kon Plông, with Đắk Nên and Đắk Ring
  "Đak Rong": "Đăk Roong",          # 23644, the new Xã Đak Rong keeps its code
  "Ia Mrơn": "Ia Ma Rơn",           # 24031, huyện Ia Pa, with Kim Tân and Ia Trok
  "Ia Dreh": "Ia HDreh",            # 24100, the new Xã Ia Dreh keeps its code
  "Pờ Y": "Bờ Y",                   # 23395, huyện Ngọc Hồi, with Plei Kần and Đắk Xú
  "Chơ GLong": "Chơ Long"           # 23851, the new Xã Chơ Long keeps its code
};

def typeWords: "xã|phường|thị trấn|đặc khu|huyện|thị xã|thành phố|quận";
def districtType: test("^(huyện|thị xã|thành phố|quận)$");

def csv: split("\n") | .[1:] | map(select(length > 0) | split(","));

# Split at commas outside parentheses.
def items:
  explode | reduce .[] as $c ({depth: 0, cur: [], out: []};
    if $c == 40 then .depth += 1 | .cur += [$c]
    elif $c == 41 then .depth -= 1 | .cur += [$c]
    elif $c == 44 and .depth == 0 then .out += [.cur] | .cur = []
    else .cur += [$c] end)
  | (.out + [.cur]) | map(implode | gsub("^\\s+|\\s+$"; "")) | map(select(length > 0));

# One named old unit: {text, type, name, district, part}. "Xã An Nghĩa (phần còn lại sau khi sáp nhập vào xã
# An Hòa)" is part of An Nghĩa; "Xã An Trung (huyện An Lão)" names the district; "một phần ... của xã X" and
# "phần còn lại của xã X" name part of X.
def parseItem:
  . as $text
  | test("^(một phần|phần còn lại)"; "i") as $partPrefix
  | (if $partPrefix then sub("^.* của (các )?"; ""; "i") else . end)
  | sub("\\s+sau khi s[aắ]p xếp\\s*$"; ""; "i")
  | ((capture("\\((?<note>[^)]*)\\)") | .note) // "") as $note
  | sub("\\s*\\([^)]*\\)"; "")
  | (capture("^(?<type>(" + typeWords + ")) (?<name>.+)$"; "i") // {type: null, name: .}) as $tn
  | {text: $text,
     type: ($tn.type | if . then ascii_downcase | sub("^Đ"; "đ") else null end),
     name: $tn.name,
     district: (($note | capture("^(thuộc )?(" + typeWords + ") (?<d>.+)$"; "i") | .d) // null),
     part: ($partPrefix or ($note | test("phần còn lại|một phần"; "i")))};

vowelTable as $V
| composeTable as $C
| aliases as $A
| ($pre | csv | map({code: .[0], name: .[1], type: .[2], level: .[3], parent: .[4]})) as $preUnits
| ($preUnits | map({key: .code, value: .}) | from_entries) as $old
| def provinceOf($c): $old[$c] as $u | if $u.level == "PROVINCE" then $c else provinceOf($u.parent) end;
  ($preUnits | map(select(.level != "PROVINCE")
                   | . + {province: provinceOf(.code), exact: (.name | key($V)), loose: (.name | loose($V)),
                          districtLoose: (if .level == "COMMUNE" then $old[.parent].name | loose($V) else null end)}))
  as $oldUnits
| ($new | csv | map(select(.[3] == "COMMUNE" and (.[4] as $p | $from | has($p)))
                    | {code: .[0], name: .[1], type: .[2], province: .[4]}) | unique_by(.code)) as $newCommunes
| ($dv[0] | map({key: .ma, value: .truocsapnhap}) | from_entries) as $text

# Old units of the given provinces that an item can name, narrowed by the district in brackets, by type and by
# exact spelling.
| def candidates($item; $provinces):
    (($A[$item.name] // $item.name) | loose($V)) as $k
    | [$oldUnits[] | select(.loose == $k and (.province as $p | $provinces | index($p) != null))
       | select((.level == "DISTRICT") == (($item.type // "") | districtType))]
    | if length > 1 and $item.district then
        ($item.district | loose($V)) as $d | map(select(.districtLoose == $d)) else . end
    | if length > 1 and $item.type then map(select(.type == $item.type)) else . end
    # Names differing only in diacritics are different units (Bình Thạnh, Bình Thanh): prefer the exact spelling.
    | if length > 1 then ($item.name | key($V)) as $e | map(select(.exact == $e)) as $same
      | if ($same | length) > 0 then $same else . end else . end;

  [ $newCommunes[] as $nc
    | ($text[$nc.code] // error("no truocsapnhap for new commune \($nc.code)")) as $t0
    | ($t0 | compose($C) | gsub("^\\s+|\\s+$"; "")) as $t
    | $from[$nc.province] as $provinces
    | (if ($t | test("^giữ nguyên$"; "i")) then
         # Unchanged ("kept as is"): the old unit with the new unit's code, if its name agrees.
         [{text: $t, type: null, name: $nc.name, district: null, part: false,
           found: [$oldUnits[] | select(.code == $nc.code and .loose == ($nc.name | loose($V)))]}]
       else $t | items | map(parseItem | . as $i | . + {found: candidates($i; $provinces)}) end)
    | map(. + {new: $nc.code, newName: ($nc.type + " " + $nc.name)})
    # Several candidates left: keep the only one lying in a district of the list's other, unique, names.
    | (map(select(.found | length == 1) | .found[0] | if .level == "DISTRICT" then .code else .parent end)
       | unique) as $districts
    | map(if (.found | length) > 1 then
            (.found | map(select(.parent as $p | $districts | index($p) != null))) as $near
            | if ($near | length) == 1 then .found = $near | .byContext = true else . end
          else . end)
    | .[] ]
  as $items

| ($items | map(select(.found | length == 1))) as $matched
# A district named as a whole (Huyện Lý Sơn) stands for all its communes.
| ([$matched[] | .found[0] as $u | .new as $n | .part as $part
    | if $u.level == "DISTRICT" then ($oldUnits[] | select(.level == "COMMUNE" and .parent == $u.code)
                                      | {old: .code, new: $n, part: false})
      else {old: $u.code, new: $n, part: $part} end]
   | group_by([.old, .new]) | map({old: .[0].old, new: .[0].new, part: (map(.part) | any)})) as $pairs
# An old commune named in several new units was split: none of them received it whole, whatever the text says.
| ($pairs | group_by(.old) | map(select(length > 1) | .[0].old)) as $split
| ($pairs | map(.part = (.part or (.old as $o | $split | index($o) != null))) | sort_by(.old, .new)) as $rows
| ([$from[]] | add) as $oldProvinces
| ($oldUnits | map(select(.level == "COMMUNE" and (.province as $p | $oldProvinces | index($p) != null))))
  as $oldCommunes
| ($rows | map(.old) | unique) as $covered
| def show: "\(.text) -> \(.found[0].code) \(.found[0].type) \(.found[0].name) (into \(.new) \(.newName))";
  {
    rows: $rows,
    report: {
      newCommunes: ($newCommunes | length),
      names: ($items | length),
      namesMatched: ($matched | length),
      namesUnmatched: ($items | map(select(.found | length == 0)) | map("\(.text) (into \(.new) \(.newName))")),
      namesAmbiguous: ($items | map(select(.found | length > 1))
                       | map("\(.text) (into \(.new) \(.newName)): \(.found | map(.code) | join(" "))")),
      matchedBySpellingVariant: ($matched | map(select(($A[.name] == null) and (.name | key($V)) != .found[0].exact))
                                 | map(show)),
      matchedByAlias: ($matched | map(select($A[.name] != null)) | map(show)),
      matchedByDistrictContext: ($matched | map(select(.byContext)) | map(show)),
      districtsNamedWhole: ($matched | map(select(.found[0].level == "DISTRICT")) | map(show)),
      rows: ($rows | length),
      partRows: ($rows | map(select(.part)) | length),
      splitOldCommunes: $split,
      oldCommunes: ($oldCommunes | length),
      oldCommunesWithSuccessor: ($covered | length),
      oldCommunesWithout: ($oldCommunes | map(select(.code as $c | $covered | index($c) | not))
                           | map("\(.code) \(.type) \(.name) (district \(.parent))"))
    }
  }
