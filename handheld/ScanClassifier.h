#pragma once

#include "ScannerText.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace wh {

namespace db {
class PunchService;
}

// What a scanned code is, so the shell can hand it to the step that takes it and tell the worker
// in plain words when a step got the wrong kind ("That was a worker badge. Here, scan the care
// label's QR code."). The order of the checks: a care label (the measurement spec's "WM" prefix,
// even when the label is cut off or tampered: the measure step says what is wrong with it); a GS1
// symbology (GS1-128, GS1 DataMatrix, GS1 QR, GS1 DataBar); a worker's badge; a worker's code; an
// activity offered at the device's site; any other code whose text is a valid GS1 element string
// (an EAN-13 gives its GTIN); else Other. Reads the punch service's cached master data; GUI thread
// (the service's).
class ScanClassifier {
    Q_DECLARE_TR_FUNCTIONS(wh::ScanClassifier)

public:
    enum class Kind { CareLabel, Badge, WorkerCode, Activity, Gs1Item, Other };

    explicit ScanClassifier(db::PunchService &punch);

    [[nodiscard]] Kind classify(const drivers::ScannedCode &code);

    // The kind as a noun phrase: "a worker badge", "a care label's measuring code", ...
    [[nodiscard]] static QString kindName(Kind kind);
    // For a step that takes `expected` (the first one is what it asks for) and got `got`: "That was
    // a worker badge. Here, scan the care label's QR code." Empty when `got` is one of `expected`.
    [[nodiscard]] static QString wrongKindMessage(Kind got, const QList<Kind> &expected);
    // "care-label", "badge", ... for logs and tests.
    [[nodiscard]] static QString kindKey(Kind kind);

private:
    [[nodiscard]] bool isActivity(const QString &text);

    db::PunchService &m_punch;
};

} // namespace wh
