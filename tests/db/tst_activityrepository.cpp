// ActivityRepository: the block > section > activity tree.
#include "MasterDataRepositories.h"
#include "TestSupport.h"

#include <QTest>
#include <map>

using namespace wh;
using namespace wh::db;

class TestActivityRepository : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TemporaryStore>();
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
    }
    void cleanup() { m_tmp.reset(); }

    void tree()
    {
        ActivityRepository repo(m_tmp->store());
        // Saved out of order; read back in sort order.
        QVERIFY(repo.saveBlock({QStringLiteral("PAC"), QStringLiteral("梱包"), QStringLiteral("Packing"), 2})
                    .ok());
        QVERIFY(repo.saveBlock(
                        {QStringLiteral("PIC"), QStringLiteral("ピッキング"), QStringLiteral("Picking"), 1})
                    .ok());
        QVERIFY(repo.saveBlock({QStringLiteral("IND"), QStringLiteral("間接"), QStringLiteral("Indirect"), 9})
                    .ok());
        QVERIFY(repo.saveSection({QStringLiteral("PIC-MLT"), QStringLiteral("PIC"), QStringLiteral("マルチ"),
                                  QStringLiteral("Multi"), 2})
                    .ok());
        QVERIFY(repo.saveSection({QStringLiteral("PIC-SGL"), QStringLiteral("PIC"),
                                  QStringLiteral("シングル"), QStringLiteral("Single"), 1})
                    .ok());
        QVERIFY(repo.saveSection({QStringLiteral("PAC-STD"), QStringLiteral("PAC"), QStringLiteral("通常"),
                                  QStringLiteral("Standard"), 1})
                    .ok());
        QVERIFY(repo.saveSection({QStringLiteral("BRK"), QStringLiteral("IND"), QStringLiteral("休憩"),
                                  QStringLiteral("Breaks"), 1})
                    .ok());
        const std::vector<Activity> activities = {
            {QStringLiteral("PIC-SGL-PICK"), QStringLiteral("PIC-SGL"), QStringLiteral("ピッキング"),
             QStringLiteral("Picking"), ActivityKind::Direct, 130.0, 1, true},
            {QStringLiteral("PIC-SGL-CART"), QStringLiteral("PIC-SGL"), QStringLiteral("カート準備"),
             QStringLiteral("Cart preparation"), ActivityKind::Direct, 0.5, 2, true},
            {QStringLiteral("PIC-MLT-PICK"), QStringLiteral("PIC-MLT"), QStringLiteral("トータルピッキング"),
             QStringLiteral("Batch picking"), ActivityKind::Direct, 1.0e6, 1, false},
            {QStringLiteral("PAC-STD-PACK"), QStringLiteral("PAC-STD"), QStringLiteral("梱包"),
             QStringLiteral("Packing"), ActivityKind::Direct, 45.0, 1, true},
            {QStringLiteral("BRK-LUNCH"), QStringLiteral("BRK"), QStringLiteral("昼休憩"),
             QStringLiteral("Lunch"), ActivityKind::Break, std::nullopt, 1, true},
            {QStringLiteral("IND-MEET"), QStringLiteral("BRK"), QStringLiteral("朝礼"), QString(),
             ActivityKind::Indirect, std::nullopt, 2, true},
        };
        for (const auto &a : activities)
            QVERIFY(repo.saveActivity(a).ok());

        auto blocks = repo.blocks();
        QVERIFY(blocks.ok());
        QStringList blockCodes;
        for (const auto &b : *blocks)
            blockCodes << b.code;
        QCOMPARE(blockCodes,
                 (QStringList{QStringLiteral("PIC"), QStringLiteral("PAC"), QStringLiteral("IND")}));

        // Rebuild the tree from the three lists and compare it as text.
        auto sections = repo.sections();
        auto loaded = repo.activities();
        QVERIFY(sections.ok() && loaded.ok());
        std::map<QString, QString> blockOfSection;
        for (const auto &s : *sections)
            blockOfSection[s.code] = s.blockCode;
        QStringList tree;
        for (const auto &b : *blocks)
            for (const auto &s : *sections)
                if (s.blockCode == b.code)
                    for (const auto &a : *loaded)
                        if (a.sectionCode == s.code)
                            tree << QStringLiteral("%1/%2/%3").arg(b.code, s.code, a.code);
        QCOMPARE(tree,
                 (QStringList{
                     QStringLiteral("PIC/PIC-SGL/PIC-SGL-PICK"), QStringLiteral("PIC/PIC-SGL/PIC-SGL-CART"),
                     QStringLiteral("PIC/PIC-MLT/PIC-MLT-PICK"), QStringLiteral("PAC/PAC-STD/PAC-STD-PACK"),
                     QStringLiteral("IND/BRK/BRK-LUNCH"), QStringLiteral("IND/BRK/IND-MEET")}));

        for (const auto &a : activities) {
            auto found = repo.find(a.code);
            QVERIFY(found.ok());
            QCOMPARE(found->sectionCode, a.sectionCode);
            QCOMPARE(found->nameJa, a.nameJa);
            QCOMPARE(found->nameEn, a.nameEn);
            QCOMPARE(found->kind, a.kind);
            QCOMPARE(found->standardUnitsPerHour.has_value(), a.standardUnitsPerHour.has_value());
            if (a.standardUnitsPerHour)
                QCOMPARE(*found->standardUnitsPerHour, *a.standardUnitsPerHour);
            QCOMPARE(found->sortOrder, a.sortOrder);
            QCOMPARE(found->active, a.active);
        }
    }

    void upsertMovesAnActivity()
    {
        ActivityRepository repo(m_tmp->store());
        QVERIFY(repo.saveBlock({QStringLiteral("B"), QStringLiteral("ブロック"), QStringLiteral("Block"), 1})
                    .ok());
        QVERIFY(repo.saveSection({QStringLiteral("S1"), QStringLiteral("B"), QStringLiteral("一"),
                                  QStringLiteral("One"), 1})
                    .ok());
        QVERIFY(repo.saveSection({QStringLiteral("S2"), QStringLiteral("B"), QStringLiteral("二"),
                                  QStringLiteral("Two"), 2})
                    .ok());
        Activity a{QStringLiteral("A"),
                   QStringLiteral("S1"),
                   QStringLiteral("作業"),
                   QStringLiteral("Work"),
                   ActivityKind::Direct,
                   100.0,
                   1,
                   true};
        QVERIFY(repo.saveActivity(a).ok());
        a.sectionCode = QStringLiteral("S2");
        a.standardUnitsPerHour.reset();
        a.kind = ActivityKind::Indirect;
        QVERIFY(repo.saveActivity(a).ok());
        auto found = repo.find(QStringLiteral("A"));
        QCOMPARE(found->sectionCode, QStringLiteral("S2"));
        QVERIFY(!found->standardUnitsPerHour.has_value());
        QCOMPARE(found->kind, ActivityKind::Indirect);
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("activities")), qint64(1));
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("section under an unknown block") << QStringLiteral("section");
        QTest::newRow("activity under an unknown section") << QStringLiteral("activity");
        QTest::newRow("zero standard rate") << QStringLiteral("zero-rate");
        QTest::newRow("negative standard rate") << QStringLiteral("negative-rate");
    }
    void rejected()
    {
        QFETCH(QString, what);
        ActivityRepository repo(m_tmp->store());
        QVERIFY(repo.saveBlock({QStringLiteral("B"), QStringLiteral("ブロック"), QStringLiteral("Block"), 1})
                    .ok());
        QVERIFY(repo.saveSection({QStringLiteral("S"), QStringLiteral("B"), QStringLiteral("一"),
                                  QStringLiteral("One"), 1})
                    .ok());
        Status status;
        if (what == QLatin1String("section")) {
            status = repo.saveSection(
                {QStringLiteral("X"), QStringLiteral("NOPE"), QStringLiteral("x"), QStringLiteral("x"), 1});
        } else {
            Activity a{QStringLiteral("A"),
                       QStringLiteral("S"),
                       QStringLiteral("作業"),
                       QStringLiteral("Work"),
                       ActivityKind::Direct,
                       10.0,
                       1,
                       true};
            if (what == QLatin1String("activity"))
                a.sectionCode = QStringLiteral("NOPE");
            else if (what == QLatin1String("zero-rate"))
                a.standardUnitsPerHour = 0.0;
            else
                a.standardUnitsPerHour = -5.0;
            status = repo.saveActivity(a);
        }
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Conflict);
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("activities")), qint64(0));
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("sections")), qint64(1));
    }

    void findMissing()
    {
        ActivityRepository repo(m_tmp->store());
        auto found = repo.find(QStringLiteral("ピッキング"));
        QVERIFY(!found.ok());
        QCOMPARE(found.error().code(), ErrorCode::NotFound);
        QCOMPARE(found.error().context(), QStringLiteral("ピッキング"));
    }

private:
    std::unique_ptr<test::TemporaryStore> m_tmp;
};

QTEST_GUILESS_MAIN(TestActivityRepository)
#include "tst_activityrepository.moc"
