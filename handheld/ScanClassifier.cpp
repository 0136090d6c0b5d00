#include "ScanClassifier.h"

#include "Gs1.h"
#include "Logging.h"
#include "MeasurementSpec.h"
#include "PunchService.h"

namespace wh {

namespace {
// AIM identifiers that say "GS1 data" by themselves (devices.md): GS1-128, GS1 DataMatrix, GS1 QR,
// GS1 DataBar.
bool isGs1Symbology(const QString &symbology)
{
    static const QStringList kGs1 = {QStringLiteral("]C1"), QStringLiteral("]d2"), QStringLiteral("]Q3"),
                                     QStringLiteral("]e0"), QStringLiteral("]e1"), QStringLiteral("]e2"),
                                     QStringLiteral("]e3")};
    return kGs1.contains(symbology);
}
} // namespace

ScanClassifier::ScanClassifier(db::PunchService &punch)
    : m_punch(punch)
{
}

ScanClassifier::Kind ScanClassifier::classify(const drivers::ScannedCode &code)
{
    const QString text = code.text.trimmed();
    if (text.isEmpty())
        return Kind::Other;
    // Without keys the decoder stops at the key id at the latest: anything it does not call
    // "not a spec" is a care label's code (a cut-off or tampered one included).
    SpecFailure failure;
    if (!MeasurementSpecCodec::decode(text, {}, &failure) && failure.problem != SpecProblem::NotASpec)
        return Kind::CareLabel;
    if (isGs1Symbology(code.symbology))
        return Kind::Gs1Item;
    auto log = logging::get("handheld");
    if (auto badge = m_punch.knowsBadge(text); !badge)
        log->warn("scan classifier: badges cannot be read: {}", badge.error().toString().toStdString());
    else if (*badge)
        return Kind::Badge;
    if (auto worker = m_punch.card(text); worker)
        return Kind::WorkerCode;
    else if (worker.error().code() != ErrorCode::NotFound)
        log->warn("scan classifier: workers cannot be read: {}", worker.error().toString().toStdString());
    if (isActivity(text))
        return Kind::Activity;
    if (parseGs1(code.withSymbology()).isValid())
        return Kind::Gs1Item;
    return Kind::Other;
}

bool ScanClassifier::isActivity(const QString &text)
{
    // Every activity offered at the site, work or break.
    auto found = m_punch.offered(text);
    if (!found) {
        logging::get("handheld")
            ->warn("scan classifier: activities cannot be read: {}", found.error().toString().toStdString());
        return false;
    }
    return found->has_value();
}

QString ScanClassifier::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CareLabel: return tr("a care label's measuring code");
    case Kind::Badge: return tr("a worker badge");
    case Kind::WorkerCode: return tr("a worker code");
    case Kind::Activity: return tr("an activity code");
    case Kind::Gs1Item: return tr("an item barcode");
    case Kind::Other: return tr("a code this app does not know");
    }
    return {};
}

QString ScanClassifier::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::CareLabel: return QStringLiteral("care-label");
    case Kind::Badge: return QStringLiteral("badge");
    case Kind::WorkerCode: return QStringLiteral("worker-code");
    case Kind::Activity: return QStringLiteral("activity");
    case Kind::Gs1Item: return QStringLiteral("gs1-item");
    case Kind::Other: return QStringLiteral("other");
    }
    return {};
}

QString ScanClassifier::wrongKindMessage(Kind got, const QList<Kind> &expected)
{
    if (expected.contains(got))
        return {};
    const QString was = kindName(got);
    if (expected.isEmpty())
        //: %1 is what was scanned, e.g. "a worker badge"
        return tr("That was %1. This screen does not take a scan.").arg(was);
    // Whole sentences per step, so that a translation can order them freely.
    switch (expected.front()) {
    case Kind::CareLabel:
        //: %1 is what was scanned, e.g. "a worker badge"
        return tr("That was %1. Here, scan the care label's QR code.").arg(was);
    case Kind::Badge:
        //: %1 is what was scanned, e.g. "an item barcode"
        return tr("That was %1. Here, scan your badge.").arg(was);
    case Kind::WorkerCode:
        //: %1 is what was scanned, e.g. "an item barcode"
        return tr("That was %1. Here, scan or type your worker code.").arg(was);
    case Kind::Activity:
        //: %1 is what was scanned, e.g. "a worker badge"
        return tr("That was %1. Here, scan an activity code or choose one from the list.").arg(was);
    case Kind::Gs1Item:
        //: %1 is what was scanned, e.g. "a worker badge"
        return tr("That was %1. Here, scan the item's barcode.").arg(was);
    case Kind::Other:
        //: %1 is what was scanned, e.g. "a worker badge"
        return tr("That was %1. It is not used here.").arg(was);
    }
    return {};
}

} // namespace wh
