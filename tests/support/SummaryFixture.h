#pragma once

#include "TestSupport.h"

#include <QDate>
#include <QString>

#include <memory>

namespace wh::test {

// What the tests of the manager views' queries and of the exports share: the small warehouse in a
// fresh store (the clock at 2026-12-20 12:00 Tokyo) with a second section PIC-MLT in block PIC
// holding SORT (direct, no standard), so PIC rolls up unlike units; and hand-made daily summaries.
// Mix into the test class; call openFixture() from init() and closeFixture() from cleanup().
class SummaryFixture {
protected:
    // `sortNameJa` / `sortNameEn`: SORT's names (a test of CSV quoting gives it awkward ones).
    [[nodiscard]] Status openFixture(const QString &sortNameJa = QStringLiteral("仕分け"),
                                     const QString &sortNameEn = QStringLiteral("Sorting"));
    void closeFixture();
    db::Store &store() { return m_tmp->store(); }

    // site, day, activity, type, units, direct, indirect, break, deducted, paid, base, premium; a
    // failure fails the running test function.
    void summary(const char *site, const QDate &day, const char *activity, const char *type, qint64 units,
                 qint64 direct, qint64 indirect, qint64 brk, qint64 deducted, qint64 paid, qint64 base,
                 qint64 premium);

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<TemporaryStore> m_tmp;
};

} // namespace wh::test
