#include "SummaryFixture.h"

#include "SqlSupport.h"

#include <QSqlQuery>
#include <QTest>
#include <QVariant>

namespace wh::test {

Status SummaryFixture::openFixture(const QString &sortNameJa, const QString &sortNameEn)
{
    m_clock = std::make_unique<MockClock>(tokyoMs(QDate(2026, 12, 20), 12, 0));
    m_tmp = std::make_unique<TemporaryStore>(*m_clock);
    if (!m_tmp->ok())
        return Error(ErrorCode::Io, m_tmp->errorText());
    WH_TRY(seedSmallWarehouse(store()));
    WH_TRY(db::execDirect(
        store().connection(),
        QStringLiteral("INSERT INTO sections (code, block, name_ja, name_en, sort_order) VALUES "
                       "('PIC-MLT', 'PIC', 'マルチ', 'Multi', 2)")));
    auto q =
        db::prepare(store().connection(),
                    QStringLiteral("INSERT INTO activities (code, section, name_ja, name_en, kind, "
                                   "standard_units_per_hour, sort_order) VALUES ('SORT', 'PIC-MLT', ?, ?, "
                                   "'direct', NULL, 1)"));
    if (!q)
        return q.error();
    q->addBindValue(sortNameJa);
    q->addBindValue(sortNameEn);
    return db::exec(*q, QStringLiteral("activity SORT"));
}

void SummaryFixture::closeFixture()
{
    m_tmp.reset();
    m_clock.reset();
}

void SummaryFixture::summary(const char *site, const QDate &day, const char *activity, const char *type,
                             qint64 units, qint64 direct, qint64 indirect, qint64 brk, qint64 deducted,
                             qint64 paid, qint64 base, qint64 premium)
{
    const Status s = insertDailySummary(
        store(), {QString::fromLatin1(site), day, QString::fromLatin1(activity), QString::fromLatin1(type),
                  units, direct, indirect, brk, deducted, paid, base, premium});
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
}

} // namespace wh::test
