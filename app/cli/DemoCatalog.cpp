#include "DemoCatalog.h"

namespace wh::demo {

namespace {
struct Row {
    const char *code;
    const char *ja;
    const char *en;
    double rate; // standard units per hour; 0 = no standard (indirect work)
};
struct SectionRow {
    const char *code;
    const char *ja;
    const char *en;
    std::vector<Row> activities;
};
struct BlockRow {
    const char *code;
    const char *ja;
    const char *en;
    ActivityKind kind;
    std::vector<SectionRow> sections;
};

// Rates are pieces (or cartons, labels, lines) per person-hour typical of apparel e-commerce work.
const std::vector<BlockRow> &tree()
{
    static const std::vector<BlockRow> rows = {
        {"INB",
         "入荷",
         "Inbound",
         ActivityKind::Direct,
         {{"INB-RCV",
           "荷受",
           "Receiving",
           {{"INB-RCV-UNLOAD", "荷降ろし", "Unloading", 120},
            {"INB-RCV-COUNT", "数量検品", "Count check", 300},
            {"INB-RCV-REGISTER", "入荷受付", "Receipt registration", 90},
            {"INB-RCV-CARRY", "運搬", "Carrying", 150},
            {"INB-RCV-ASN", "事前出荷通知照合", "ASN matching", 200}}},
          {"INB-BCI",
           "バーコード検品",
           "Barcode inspection",
           {{"INB-BCI-SCAN", "スキャン検品", "Scan inspection", 420},
            {"INB-BCI-LABEL", "ラベル発行", "Label issuing", 500},
            {"INB-BCI-RELABEL", "ラベル貼り替え", "Relabelling", 260},
            {"INB-BCI-EXCEPT", "差異処理", "Discrepancy handling", 40}}},
          {"INB-NRM",
           "通常検品",
           "Normal inspection",
           {{"INB-NRM-INSPECT", "外観検品", "Visual inspection", 110},
            {"INB-NRM-TAG", "タグ付け", "Tagging", 200},
            {"INB-NRM-BAG", "袋入れ", "Bagging", 180},
            {"INB-NRM-SIZE", "サイズ確認", "Size check", 240},
            {"INB-NRM-CARRY", "運搬", "Carrying", 150}}}}},
        {"STO",
         "保管",
         "Storage",
         ActivityKind::Direct,
         {{"STO-PUT",
           "棚入れ",
           "Putaway",
           {{"STO-PUT-SHELF", "棚入れ", "Shelving", 220},
            {"STO-PUT-HANG", "ハンガー掛け", "Hanging", 160},
            {"STO-PUT-CARRY", "運搬", "Carrying", 150},
            {"STO-PUT-OVERFLOW", "保管エリア移動", "Overflow moves", 120}}},
          {"STO-RPL",
           "補充",
           "Replenishment",
           {{"STO-RPL-PICK", "補充ピッキング", "Replenishment picking", 240},
            {"STO-RPL-MOVE", "ロケ移動", "Location move", 180}}},
          {"STO-CNT",
           "棚卸",
           "Stocktaking",
           {{"STO-CNT-CYCLE", "循環棚卸", "Cycle count", 600},
            {"STO-CNT-RECOUNT", "再カウント", "Recount", 300},
            {"STO-CNT-FULL", "一斉棚卸", "Full stocktake", 500}}},
          {"STO-MNT",
           "ロケーション管理",
           "Location maintenance",
           {{"STO-MNT-TIDY", "棚整理", "Shelf tidying", 0},
            {"STO-MNT-LABEL", "棚ラベル貼り", "Shelf labelling", 120}}}}},
        {"PIC",
         "ピッキング",
         "Picking",
         ActivityKind::Direct,
         {{"PIC-SGL",
           "シングルピッキング",
           "Single-order picking",
           {{"PIC-SGL-PICK", "ピッキング", "Picking", 130},
            {"PIC-SGL-CART", "カート準備", "Cart preparation", 60},
            {"PIC-SGL-SHORT", "欠品確認", "Shortage check", 30},
            {"PIC-SGL-REPICK", "再ピッキング", "Re-picking", 60}}},
          {"PIC-TTL",
           "トータルピッキング",
           "Batch picking",
           {{"PIC-TTL-PICK", "トータルピッキング", "Batch picking", 260},
            {"PIC-TTL-CARRY", "運搬", "Carrying", 150},
            {"PIC-TTL-TROLLEY", "台車準備", "Trolley preparation", 0}}},
          {"PIC-SRT",
           "仕分け",
           "Put-to-order sorting",
           {{"PIC-SRT-PTL", "種まき(DAS)", "Put-to-light sorting", 480},
            {"PIC-SRT-MANUAL", "手仕分け", "Manual sorting", 300},
            {"PIC-SRT-CHECK", "仕分け検品", "Sorting check", 400}}},
          {"PIC-B2B",
           "店舗出荷ピッキング",
           "Store-order picking",
           {{"PIC-B2B-PICK", "ケースピッキング", "Case picking", 90},
            {"PIC-B2B-PIECE", "ピースピッキング", "Piece picking", 320}}}}},
        {"PAC",
         "梱包・流通加工",
         "Packing & processing",
         ActivityKind::Direct,
         {{"PAC-SGL",
           "単品梱包",
           "Single-item packing",
           {{"PAC-SGL-PACK", "単品梱包", "Single-item packing", 95},
            {"PAC-SGL-MAIL", "メール便梱包", "Mail-packet packing", 140},
            {"PAC-SGL-CHECK", "梱包検品", "Pack check", 300}}},
          {"PAC-MLT",
           "複数梱包",
           "Multi-item packing",
           {{"PAC-MLT-PACK", "複数梱包", "Multi-item packing", 55},
            {"PAC-MLT-INSERT", "同梱物封入", "Inserting flyers", 220},
            {"PAC-MLT-BOXSEL", "箱サイズ選定", "Box selection", 260}}},
          {"PAC-GFT",
           "ギフト",
           "Gift wrapping",
           {{"PAC-GFT-WRAP", "ギフトラッピング", "Gift wrapping", 18},
            {"PAC-GFT-CARD", "メッセージカード", "Message cards", 60},
            {"PAC-GFT-BAG", "ギフト袋詰め", "Gift bagging", 40}}},
          {"PAC-PRC",
           "流通加工",
           "Value-added processing",
           {{"PAC-PRC-RETAG", "タグ付け替え", "Retagging", 150},
            {"PAC-PRC-FOLD", "たたみ直し", "Refolding", 70},
            {"PAC-PRC-PRICE", "値札付け", "Price tagging", 240},
            {"PAC-PRC-HANGER", "ハンガー掛け替え", "Rehanging", 110},
            {"PAC-PRC-SET", "セット組み", "Kitting", 45}}},
          {"PAC-MAT",
           "資材",
           "Packing materials",
           {{"PAC-MAT-BOX", "箱組み", "Box assembly", 200},
            {"PAC-MAT-REFILL", "資材補充", "Material refill", 0}}}}},
        {"SHP",
         "出荷",
         "Shipping",
         ActivityKind::Direct,
         {{"SHP-INS",
           "出荷検品",
           "Shipping inspection",
           {{"SHP-INS-SCAN", "出荷検品", "Shipping scan", 380},
            {"SHP-INS-WEIGH", "重量検品", "Weight check", 420}}},
          {"SHP-DOC",
           "送り状",
           "Waybills",
           {{"SHP-DOC-PRINT", "送り状発行", "Waybill printing", 600},
            {"SHP-DOC-ATTACH", "送り状貼付", "Waybill attaching", 320},
            {"SHP-DOC-SLIP", "納品書発行", "Packing-slip printing", 500}}},
          {"SHP-SRT",
           "方面仕分け",
           "Carrier sorting",
           {{"SHP-SRT-CARRIER", "運送会社別仕分け", "Sorting by carrier", 450},
            {"SHP-SRT-CAGE", "カゴ車積付け", "Cage loading", 300}}},
          {"SHP-LOD",
           "積込",
           "Loading",
           {{"SHP-LOD-TRUCK", "トラック積込", "Truck loading", 250},
            {"SHP-LOD-STORE", "店舗便積込", "Store-route loading", 120},
            {"SHP-LOD-CHECK", "積込確認", "Loading check", 500},
            {"SHP-LOD-PALLET", "パレット積付け", "Palletising", 80}}}}},
        {"RET",
         "返品",
         "Returns",
         ActivityKind::Direct,
         {{"RET-RCV",
           "返品受付",
           "Returns receiving",
           {{"RET-RCV-OPEN", "開梱", "Unpacking", 80},
            {"RET-RCV-SCAN", "返品登録", "Returns registration", 110},
            {"RET-RCV-SORT", "返品仕分け", "Returns sorting", 200}}},
          {"RET-GRD",
           "返品検品",
           "Returns grading",
           {{"RET-GRD-INSPECT", "状態検品", "Condition grading", 60},
            {"RET-GRD-STAIN", "汚れ確認", "Stain check", 90}}},
          {"RET-RWK",
           "再生加工",
           "Rework",
           {{"RET-RWK-IRON", "アイロン", "Ironing", 25},
            {"RET-RWK-REPACK", "再包装", "Repacking", 70},
            {"RET-RWK-RETAG", "タグ再発行", "Retagging", 130}}},
          {"RET-DSP",
           "返品処理",
           "Returns disposition",
           {{"RET-DSP-RESTOCK", "再入庫", "Restocking", 150},
            {"RET-DSP-VENDOR", "メーカー返品", "Return to vendor", 90},
            {"RET-DSP-DISPOSE", "廃棄処理", "Disposal", 100}}}}},
        {"MEA",
         "採寸・検品",
         "Measurement & inspection",
         ActivityKind::Direct,
         {{"MEA-MSR",
           "採寸",
           "Measurement",
           {{"MEA-MSR-GARMENT", "製品採寸", "Garment measurement", 22},
            {"MEA-MSR-SAMPLE", "サンプル採寸", "Sample measurement", 10},
            {"MEA-MSR-RECORD", "採寸記録", "Measurement records", 45},
            {"MEA-MSR-SPEC", "仕様照合", "Spec check", 60}}},
          {"MEA-QC",
           "品質検査",
           "Quality inspection",
           {{"MEA-QC-INSPECT", "全数検品", "Full inspection", 75},
            {"MEA-QC-DEFECT", "不良登録", "Defect recording", 30},
            {"MEA-QC-PHOTO", "不良撮影", "Defect photos", 40},
            {"MEA-QC-STICKER", "不良ステッカー貼付", "Defect stickers", 120},
            {"MEA-QC-REPAIR", "補修", "Repair", 12}}},
          {"MEA-NDL",
           "検針",
           "Needle detection",
           {{"MEA-NDL-SCAN", "検針機通し", "Needle detector pass", 450},
            {"MEA-NDL-RECHECK", "再検針", "Needle recheck", 120}}},
          {"MEA-PRG",
           "進捗管理",
           "Progress tracking",
           {{"MEA-PRG-STAGE", "工程スキャン", "Stage scanning", 300},
            {"MEA-PRG-LATE", "遅延品確認", "Late-item follow-up", 15}}}}},
        {"IND",
         "間接業務・休憩",
         "Indirect work & breaks",
         ActivityKind::Indirect,
         {{"IND-MTG",
           "会議・教育",
           "Meetings & training",
           {{"IND-MTG-MORNING", "朝礼", "Morning meeting", 0},
            {"IND-MTG-TRAIN", "教育", "Training", 0},
            {"IND-MTG-MEETING", "打合せ", "Meeting", 0},
            {"IND-MTG-HANDOVER", "引継ぎ", "Shift handover", 0}}},
          {"IND-ADM",
           "事務・管理",
           "Administration",
           {{"IND-ADM-CLERK", "事務作業", "Clerical work", 0},
            {"IND-ADM-LEAD", "リーダー業務", "Floor leading", 0},
            {"IND-ADM-SYSTEM", "システム対応", "System troubleshooting", 0},
            {"IND-ADM-PRINT", "帳票出力", "Report printing", 0}}},
          {"IND-FAC",
           "設備・清掃",
           "Facilities & cleaning",
           {{"IND-FAC-CLEAN", "清掃", "Cleaning", 0},
            {"IND-FAC-5S", "5S活動", "5S", 0},
            {"IND-FAC-FORKLIFT", "フォークリフト点検", "Forklift check", 0},
            {"IND-FAC-WASTE", "廃材処理", "Waste handling", 0},
            {"IND-FAC-SAFETY", "安全巡回", "Safety patrol", 0}}},
          {"BRK",
           "休憩",
           "Breaks",
           {{"BRK-LUNCH", "昼休憩", "Lunch break", 0}, {"BRK-SHORT", "小休憩", "Short break", 0}}}}},
    };
    return rows;
}
} // namespace

const Catalog &catalog()
{
    static const Catalog c = [] {
        Catalog out;
        int blockOrder = 0;
        for (const BlockRow &b : tree()) {
            out.blocks.push_back({QString::fromLatin1(b.code), QString::fromUtf8(b.ja),
                                  QString::fromUtf8(b.en), ++blockOrder});
            int sectionOrder = 0;
            for (const SectionRow &s : b.sections) {
                out.sections.push_back({QString::fromLatin1(s.code), QString::fromLatin1(b.code),
                                        QString::fromUtf8(s.ja), QString::fromUtf8(s.en), ++sectionOrder});
                int activityOrder = 0;
                for (const Row &a : s.activities) {
                    Activity act;
                    act.code = QString::fromLatin1(a.code);
                    act.sectionCode = QString::fromLatin1(s.code);
                    act.nameJa = QString::fromUtf8(a.ja);
                    act.nameEn = QString::fromUtf8(a.en);
                    const bool isBreak = QByteArray(s.code) == "BRK";
                    act.kind = isBreak                                             ? ActivityKind::Break
                               : (b.kind == ActivityKind::Indirect || a.rate <= 0) ? ActivityKind::Indirect
                                                                                   : ActivityKind::Direct;
                    if (a.rate > 0)
                        act.standardUnitsPerHour = a.rate;
                    act.sortOrder = ++activityOrder;
                    out.activities.push_back(std::move(act));
                }
            }
        }
        out.employmentTypes = {
            {QStringLiteral("PT"), QStringLiteral("パートタイマー"), QStringLiteral("Part-timer")},
            {QStringLiteral("PTL"), QStringLiteral("パートリーダー"), QStringLiteral("Part-time leader")},
            {QStringLiteral("CT"), QStringLiteral("契約社員"), QStringLiteral("Contract employee")},
            {QStringLiteral("FT"), QStringLiteral("正社員"), QStringLiteral("Full-time employee")},
        };
        return out;
    }();
    return c;
}

QStringList workflowsOf(const QString &activityCode)
{
    // Prefix rules: an activity code starting with the prefix belongs to the workflow.
    static const std::vector<std::pair<const char *, const char *>> rules = {
        {"INB-RCV-", "receive"},  {"INB-BCI-SCAN", "inspect"}, {"INB-NRM-INSPECT", "inspect"},
        {"MEA-QC-", "inspect"},   {"RET-GRD-", "inspect"},     {"SHP-INS-", "inspect"},
        {"MEA-MSR-", "measure"},  {"PIC-SGL-PICK", "pick"},    {"PIC-TTL-PICK", "pick"},
        {"PIC-B2B-", "pick"},     {"STO-RPL-PICK", "pick"},    {"PIC-SRT-", "sort"},
        {"SHP-SRT-", "sort"},     {"PAC-SGL-PACK", "pack"},    {"PAC-SGL-MAIL", "pack"},
        {"PAC-MLT-PACK", "pack"}, {"PAC-GFT-WRAP", "pack"},    {"SHP-INS-SCAN", "ship"},
        {"SHP-LOD-", "ship"},     {"STO-PUT-", "putaway"},     {"STO-CNT-", "stocktake"},
        {"RET-RCV-", "returns"},  {"MEA-PRG-", "progress"},    {"INB-BCI-LABEL", "label"},
        {"SHP-DOC-", "label"},    {"MEA-QC-STICKER", "label"},
    };
    QStringList out;
    for (const auto &[prefix, workflow] : rules)
        if (activityCode.startsWith(QLatin1String(prefix)) && !out.contains(QLatin1String(workflow)))
            out << QString::fromLatin1(workflow);
    return out;
}

bool offeredAt(const QString &siteCode, const QString &activityCode)
{
    return !(siteCode == QLatin1String("S2") && activityCode.startsWith(QLatin1String("PAC-GFT-")));
}

const std::vector<const char *> &familyNames()
{
    static const std::vector<const char *> names = {
        "佐藤",   "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林",   "加藤", "吉田", "山田",
        "佐々木", "山口", "松本", "井上", "木村", "林",   "斎藤", "清水", "山崎",   "森",   "池田", "橋本",
        "阿部",   "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤",
        "村上",   "遠藤", "青木", "坂本", "斉藤", "福田", "太田", "西村", "藤井",   "金子", "岡本", "藤原",
    };
    return names;
}

const std::vector<const char *> &givenNames()
{
    static const std::vector<const char *> names = {
        "花子", "陽子", "美咲", "由美", "恵子", "真由美", "裕子", "直美", "智子", "久美子", "明美", "さくら",
        "結衣", "愛",   "舞",   "彩",   "千尋", "麻衣",   "香織", "典子", "和子", "幸子",   "優子", "奈々",
        "太郎", "健",   "誠",   "大輔", "翔太", "拓也",   "浩",   "隆",   "健一", "学",     "剛",   "亮",
        "悠斗", "蓮",   "大樹", "直樹", "修",   "聡",     "勇気", "進",   "秀樹", "和也",   "翼",   "光",
    };
    return names;
}

} // namespace wh::demo
