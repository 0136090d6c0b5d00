// WorkerRepository: a worker and their employment history, saved and loaded together.
#include "MasterDataRepositories.h"
#include "PinHasher.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QTest>

using namespace wh;
using namespace wh::db;

namespace {
Worker makeWorker(const QString &code, const QString &name, const QString &badge,
                  std::vector<EmploymentPeriod> history = {{QDate(2025, 4, 1), QStringLiteral("PT")}})
{
    Worker w;
    w.code = code;
    w.name = name;
    w.badgeId = badge;
    w.homeSiteCode = QStringLiteral("S1");
    w.employment = std::move(history);
    return w;
}

QStringList historyOf(const Worker &w)
{
    QStringList out;
    for (const auto &p : w.employment)
        out << p.effectiveFrom.toString(Qt::ISODate) + QLatin1Char('=') + p.employmentTypeCode;
    return out;
}
} // namespace

class TestWorkerRepository : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TemporaryStore>();
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        SiteRepository sites(m_tmp->store());
        EmploymentRepository types(m_tmp->store());
        QVERIFY(sites.save({QStringLiteral("S1"), QStringLiteral("東京"), "Asia/Tokyo", 300}).ok());
        QVERIFY(sites.save({QStringLiteral("S2"), QStringLiteral("大阪"), "Asia/Tokyo", 300}).ok());
        for (const char *code : {"PT", "PTL", "CT", "FT"})
            QVERIFY(types.saveType({QLatin1String(code), QStringLiteral("種別"), QLatin1String(code)}).ok());
    }
    void cleanup() { m_tmp.reset(); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("badge");
        QTest::addColumn<bool>("active");
        QTest::addColumn<QStringList>("history");
        QTest::newRow("japanese name, promoted mid-month")
            << QStringLiteral("W00001") << QStringLiteral("山田 太郎") << QStringLiteral("0012345678") << true
            << QStringList{QStringLiteral("2024-04-01=PT"), QStringLiteral("2025-11-15=PTL"),
                           QStringLiteral("2026-11-15=FT")};
        QTest::newRow("no badge") << QStringLiteral("W00002") << QStringLiteral("佐藤 花子") << QString()
                                  << true << QStringList{QStringLiteral("2026-01-01=CT")};
        QTest::newRow("inactive, no history")
            << QStringLiteral("W00003") << QStringLiteral("Ａｌｉｃｅ　Ｓｍｉｔｈ") << QStringLiteral("B3")
            << false << QStringList{};
        QTest::newRow("leap day hire")
            << QStringLiteral("W00004") << QStringLiteral("髙橋 﨑") << QStringLiteral("B4") << true
            << QStringList{QStringLiteral("2028-02-29=PT")};
        QTest::newRow("huge name") << QStringLiteral("W00005") << QString(50000, QChar(0x6728))
                                   << QStringLiteral("B5") << true
                                   << QStringList{QStringLiteral("2026-01-01=PT")};
    }
    void roundTrip()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, badge);
        QFETCH(bool, active);
        QFETCH(QStringList, history);
        Worker w = makeWorker(code, name, badge, {});
        w.active = active;
        for (const QString &h : history)
            w.employment.push_back({QDate::fromString(h.section(QLatin1Char('='), 0, 0), Qt::ISODate),
                                    h.section(QLatin1Char('='), 1)});
        auto pin = PinHasher::hash(QStringLiteral("1234"), PinHasher::kLightCost);
        QVERIFY(pin.ok());
        w.pinHash = *pin;
        WorkerRepository repo(m_tmp->store());
        QVERIFY(repo.save(w).ok());

        auto found = repo.find(code);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
        QCOMPARE(found->code, code);
        QCOMPARE(found->name, name);
        QCOMPARE(found->badgeId, badge);
        QCOMPARE(found->active, active);
        QCOMPARE(found->homeSiteCode, QStringLiteral("S1"));
        QCOMPARE(historyOf(*found), history);
        QVERIFY(PinHasher::verify(QStringLiteral("1234"), found->pinHash));
        if (!badge.isEmpty()) {
            auto byBadge = repo.findByBadge(badge);
            QVERIFY(byBadge.ok());
            QCOMPARE(byBadge->code, code);
            QCOMPARE(historyOf(*byBadge), history);
        }
    }

    void historyIsReplacedAndSorted()
    {
        WorkerRepository repo(m_tmp->store());
        Worker w = makeWorker(QStringLiteral("W1"), QStringLiteral("山田"), QStringLiteral("B1"),
                              {{QDate(2026, 11, 15), QStringLiteral("FT")},
                               {QDate(2024, 4, 1), QStringLiteral("PT")},
                               {QDate(2025, 6, 1), QStringLiteral("CT")}});
        QVERIFY(repo.save(w).ok());
        auto found = repo.find(QStringLiteral("W1"));
        QCOMPARE(historyOf(*found),
                 (QStringList{QStringLiteral("2024-04-01=PT"), QStringLiteral("2025-06-01=CT"),
                              QStringLiteral("2026-11-15=FT")}));
        QCOMPARE(found->employmentTypeOn(QDate(2026, 11, 14)), QStringLiteral("CT"));
        QCOMPARE(found->employmentTypeOn(QDate(2026, 11, 15)), QStringLiteral("FT"));

        w.employment = {{QDate(2024, 4, 1), QStringLiteral("PT")}};
        QVERIFY(repo.save(w).ok());
        found = repo.find(QStringLiteral("W1"));
        QCOMPARE(historyOf(*found), QStringList{QStringLiteral("2024-04-01=PT")});
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("worker_employment")), qint64(1));
    }

    void badgeLookup()
    {
        WorkerRepository repo(m_tmp->store());
        QVERIFY(
            repo.save(makeWorker(QStringLiteral("W1"), QStringLiteral("一"), QStringLiteral("0000000001")))
                .ok());
        QVERIFY(
            repo.save(makeWorker(QStringLiteral("W2"), QStringLiteral("二"), QStringLiteral("0000000002")))
                .ok());
        QVERIFY(repo.save(makeWorker(QStringLiteral("W3"), QStringLiteral("三"), QString())).ok());
        QVERIFY(
            repo.save(makeWorker(QStringLiteral("W4"), QStringLiteral("四"), QString())).ok()); // two without
        QCOMPARE(repo.findByBadge(QStringLiteral("0000000002"))->code, QStringLiteral("W2"));
        for (const QString &missing : {QStringLiteral("0000000003"), QStringLiteral("1"), QString()}) {
            auto found = repo.findByBadge(missing);
            QVERIFY(!found.ok());
            QCOMPARE(found.error().code(), ErrorCode::NotFound);
        }
    }

    void badgeTakenIsAConflict()
    {
        WorkerRepository repo(m_tmp->store());
        QVERIFY(
            repo.save(makeWorker(QStringLiteral("W1"), QStringLiteral("山田"), QStringLiteral("B1"))).ok());
        const QByteArray before = test::contentDigest(m_tmp->store());
        auto status = repo.save(makeWorker(QStringLiteral("W2"), QStringLiteral("佐藤"), QStringLiteral("B1"),
                                           {{QDate(2026, 1, 1), QStringLiteral("FT")}}));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Conflict);
        QVERIFY(status.error().context().contains(QStringLiteral("W2")));
        QCOMPARE(test::contentDigest(m_tmp->store()), before); // nothing of W2, W1 unchanged
        QCOMPARE(repo.findByBadge(QStringLiteral("B1"))->code, QStringLiteral("W1"));
    }

    void badHistoryLeavesNothingBehind()
    {
        WorkerRepository repo(m_tmp->store());
        Worker w = makeWorker(
            QStringLiteral("W1"), QStringLiteral("山田"), QStringLiteral("B1"),
            {{QDate(2026, 1, 1), QStringLiteral("PT")}, {QDate(2026, 6, 1), QStringLiteral("NOPE")}});
        auto status = repo.save(w);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Conflict);
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("workers")), qint64(0));
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("worker_employment")), qint64(0));

        // The same for an existing worker: the old history stays.
        w.employment = {{QDate(2026, 1, 1), QStringLiteral("PT")}};
        QVERIFY(repo.save(w).ok());
        w.name = QStringLiteral("改名");
        w.employment = {{QDate(2026, 1, 1), QStringLiteral("PT")}, {QDate(2026, 1, 1), QStringLiteral("FT")}};
        QVERIFY(!repo.save(w).ok()); // two periods on one day
        auto found = repo.find(QStringLiteral("W1"));
        QCOMPARE(found->name, QStringLiteral("山田"));
        QCOMPARE(historyOf(*found), QStringList{QStringLiteral("2026-01-01=PT")});
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("site");
        QTest::addColumn<int>("expected");
        QTest::newRow("no code") << QString() << QStringLiteral("名前") << QStringLiteral("S1")
                                 << int(ErrorCode::InvalidArgument);
        QTest::newRow("no name") << QStringLiteral("W1") << QString() << QStringLiteral("S1")
                                 << int(ErrorCode::InvalidArgument);
        QTest::newRow("unknown home site") << QStringLiteral("W1") << QStringLiteral("名前")
                                           << QStringLiteral("S9") << int(ErrorCode::Conflict);
    }
    void rejected()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, site);
        QFETCH(int, expected);
        WorkerRepository repo(m_tmp->store());
        Worker w = makeWorker(code, name, QStringLiteral("B1"));
        w.homeSiteCode = site;
        auto status = repo.save(w);
        QVERIFY(!status.ok());
        QCOMPARE(int(status.error().code()), expected);
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("workers")), qint64(0));
    }

    void findMissing()
    {
        WorkerRepository repo(m_tmp->store());
        auto found = repo.find(QStringLiteral("W404"));
        QVERIFY(!found.ok());
        QCOMPARE(found.error().code(), ErrorCode::NotFound);
        QCOMPARE(found.error().context(), QStringLiteral("W404"));
    }

    void allWithManyHistories()
    {
        WorkerRepository repo(m_tmp->store());
        {
            // Inside a caller's transaction each save becomes a savepoint: one commit for all.
            Transaction tx(m_tmp->store().connection());
            QVERIFY(tx.begun().ok());
            for (int i = 0; i < 500; ++i) {
                std::vector<EmploymentPeriod> history{{QDate(2020, 1, 1).addDays(i), QStringLiteral("PT")}};
                if (i % 7 == 0)
                    history.push_back({QDate(2026, 11, 15), QStringLiteral("PTL")});
                QVERIFY(repo.save(makeWorker(QStringLiteral("W%1").arg(i, 5, 10, QLatin1Char('0')),
                                             QStringLiteral("作業者 %1").arg(i), QStringLiteral("B%1").arg(i),
                                             history))
                            .ok());
            }
            QVERIFY(tx.commit().ok());
        }
        auto all = repo.all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), size_t(500));
        for (size_t i = 0; i < all->size(); ++i) {
            const Worker &w = (*all)[i];
            QCOMPARE(w.code, QStringLiteral("W%1").arg(i, 5, 10, QLatin1Char('0')));
            QCOMPARE(w.employment.size(), size_t(i % 7 == 0 ? 2 : 1));
            QCOMPARE(w.employment.front().effectiveFrom, QDate(2020, 1, 1).addDays(qint64(i)));
        }
    }

private:
    std::unique_ptr<test::TemporaryStore> m_tmp;
};

QTEST_GUILESS_MAIN(TestWorkerRepository)
#include "tst_workerrepository.moc"
