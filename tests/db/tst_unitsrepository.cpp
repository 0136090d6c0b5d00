// UnitsRepository: the derived units table.
#include "DerivedRepositories.h"
#include "EventStore.h"
#include "TestSupport.h"

#include <QTest>

using namespace wh;
using namespace wh::db;

class TestUnitsRepository : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TemporaryStore>();
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        QVERIFY(test::seedSmallWarehouse(m_tmp->store()).ok());
        EventStore events(m_tmp->store());
        for (int i = 0; i < 3; ++i) {
            auto e =
                events.append(test::unitsEvent(QStringLiteral("H1"), QStringLiteral("W001"),
                                               QStringLiteral("S1"), QStringLiteral("PICK"), 1, 1000 * i));
            QVERIFY(e.ok());
            m_ids.push_back(e->id);
        }
    }
    void cleanup()
    {
        m_tmp.reset();
        m_ids.clear();
    }

    void totals_data()
    {
        QTest::addColumn<QList<qint64>>("quantities");
        QTest::addColumn<qint64>("total");
        QTest::newRow("none") << QList<qint64>{} << qint64(0);
        QTest::newRow("one") << QList<qint64>{130} << qint64(130);
        QTest::newRow("with a negative correction") << QList<qint64>{130, -30, 7} << qint64(107);
        QTest::newRow("huge") << QList<qint64>{4000000000000000000LL, 4000000000000000000LL, 1}
                              << qint64(8000000000000000001LL);
    }
    void totals()
    {
        QFETCH(QList<qint64>, quantities);
        QFETCH(qint64, total);
        UnitsRepository repo(m_tmp->store());
        for (int i = 0; i < quantities.size(); ++i) {
            const bool team = i == 1;
            UnitsRecord r{m_ids[size_t(i)],
                          UnitsPayload{team ? QString() : QStringLiteral("W001"), QStringLiteral("S1"),
                                       QStringLiteral("PICK"), quantities[i],
                                       team ? QStringLiteral("カウンタ1") : QString(), UnitsPayload::Source::Workflow, {}, {}, {}},
                          QDate(2026, 11, 2), 1000LL * i};
            QVERIFY(repo.insert(r).ok());
        }
        QCOMPARE(repo.count().valueOr(-1), qint64(quantities.size()));
        QCOMPARE(repo.totalQuantity().valueOr(-1), total);
        QCOMPARE(
            test::rowCount(m_tmp->store(), QStringLiteral("units"), QStringLiteral("WHERE worker IS NULL")),
            qint64(quantities.size() > 1 ? 1 : 0));
        QVERIFY(repo.clear().ok());
        QCOMPARE(repo.count().valueOr(-1), qint64(0));
        QCOMPARE(repo.totalQuantity().valueOr(-1), qint64(0));
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("unknown event") << QStringLiteral("event");
        QTest::newRow("unknown site") << QStringLiteral("site");
        QTest::newRow("unknown activity") << QStringLiteral("activity");
        QTest::newRow("unknown worker") << QStringLiteral("worker");
        QTest::newRow("same event twice") << QStringLiteral("twice");
    }
    void rejected()
    {
        QFETCH(QString, what);
        UnitsRepository repo(m_tmp->store());
        UnitsRecord r{
            m_ids[0],
            UnitsPayload{QStringLiteral("W001"), QStringLiteral("S1"), QStringLiteral("PICK"), 5, QString(), UnitsPayload::Source::Workflow, {}, {}, {}},
            QDate(2026, 11, 2), 0};
        if (what == QLatin1String("event"))
            r.eventId = QUuid::createUuid();
        else if (what == QLatin1String("site"))
            r.units.siteCode = QStringLiteral("S9");
        else if (what == QLatin1String("activity"))
            r.units.activityCode = QStringLiteral("NOPE");
        else if (what == QLatin1String("worker"))
            r.units.workerCode = QStringLiteral("W999");
        else
            QVERIFY(repo.insert(r).ok());
        auto status = repo.insert(r);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Conflict);
        QCOMPARE(repo.count().valueOr(-1), qint64(what == QLatin1String("twice") ? 1 : 0));
    }

private:
    std::unique_ptr<test::TemporaryStore> m_tmp;
    std::vector<QUuid> m_ids;
};

QTEST_GUILESS_MAIN(TestUnitsRepository)
#include "tst_unitsrepository.moc"
