// ScanRecorder on a real store with a mock clock: an accepted scan is a Scan event with its outbox
// row and the raw bytes kept; repeated reads of one code are suppressed per workflow within a sliding
// window (0: every read counts), also across a restart; bad input records nothing.
#include "EventStore.h"
#include "ScanRecorder.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace wh;
using namespace wh::db;

namespace {
ScanPayload scanOf(const QString &text, const char *workflow, QByteArray raw = {})
{
    ScanPayload s;
    s.text = text;
    s.raw = raw.isEmpty() ? text.toUtf8() : raw;
    s.format = QStringLiteral("Code128");
    s.symbologyId = QStringLiteral("]C1");
    s.source = ScanPayload::Source::Wedge;
    s.workflow = QString::fromLatin1(workflow);
    s.workerCode = QStringLiteral("W001");
    return s;
}
} // namespace

class TestScanRecorder : public QObject {
    Q_OBJECT

    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_tmp;

    Store &store() { return m_tmp->store(); }
    qint64 scans()
    {
        return test::rowCount(store(), QStringLiteral("events"), QStringLiteral("WHERE kind = 'scan'"));
    }

    std::unique_ptr<ScanRecorder> recorder(ScanRecorder::Options options = {})
    {
        auto r = ScanRecorder::open(store(), *m_clock, QStringLiteral("H1"), std::move(options));
        if (!r) {
            qWarning("%s", qPrintable(r.error().toString()));
            return nullptr;
        }
        return std::move(r).value();
    }

    // "recorded", "duplicate" or the error.
    QString read(ScanRecorder &r, const QString &text, const char *workflow)
    {
        auto o = r.record(scanOf(text, workflow));
        if (!o)
            return o.error().toString();
        return o->duplicate ? QStringLiteral("duplicate")
               : o->event   ? QStringLiteral("recorded")
                            : QStringLiteral("?");
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<test::MockClock>();
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        auto seeded = test::seedSmallWarehouse(store());
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
    }

    void cleanup()
    {
        m_tmp.reset();
        m_clock.reset();
    }

    void recordsTheScanAsRead()
    {
        auto r = recorder();
        QVERIFY(r);
        // A GS1-128 read with a group separator: the raw bytes are kept as they came.
        const QByteArray raw = QByteArray("0109506000134352") + '\x1d' + "10ABC123";
        auto o = r->record(scanOf(QString::fromLatin1(raw), "receive", raw));
        QVERIFY2(o, qPrintable(o ? QString() : o.error().toString()));
        QVERIFY(o->event);
        QVERIFY(!o->duplicate);
        EventStore events(store());
        auto stored = events.find(o->event->id);
        QVERIFY(stored);
        QCOMPARE(stored->kind, EventKind::Scan);
        QCOMPARE(stored->deviceId, QStringLiteral("H1"));
        QCOMPARE(stored->occurredAtMs, m_clock->nowMs());
        auto payload = ScanPayload::fromJson(stored->payload);
        QVERIFY(payload);
        QCOMPARE(payload->raw, raw);
        QCOMPARE(payload->text, QString::fromLatin1(raw));
        QCOMPARE(payload->format, QStringLiteral("Code128"));
        QCOMPARE(payload->symbologyId, QStringLiteral("]C1"));
        QCOMPARE(payload->source, ScanPayload::Source::Wedge);
        QCOMPARE(payload->workflow, QStringLiteral("receive"));
        QCOMPARE(payload->workerCode, QStringLiteral("W001"));
        QCOMPARE(payload->siteCode, QStringLiteral("S1")); // from the device, never from the scan
        QCOMPARE(test::rowCount(store(), QStringLiteral("outbox")), 1);
    }

    void duplicatesAreSuppressedPerWorkflow()
    {
        ScanRecorder::Options options;
        options.defaultWindowMs = 1500;
        options.windowByWorkflow.insert(QStringLiteral("receive-piece"), 0);
        auto r = recorder(options);
        QVERIFY(r);
        QCOMPARE(read(*r, QStringLiteral("4901234567894"), "inspect"), QStringLiteral("recorded"));
        m_clock->advance(500);
        QCOMPARE(read(*r, QStringLiteral("4901234567894"), "inspect"), QStringLiteral("duplicate"));
        // Another code, or the same code in another workflow, is a new scan.
        QCOMPARE(read(*r, QStringLiteral("4901234567900"), "inspect"), QStringLiteral("recorded"));
        QCOMPARE(read(*r, QStringLiteral("4901234567894"), "pack"), QStringLiteral("recorded"));
        // Held in view: a read every second keeps it suppressed (the window slides).
        for (int i = 0; i < 5; ++i) {
            m_clock->advance(1000);
            QCOMPARE(read(*r, QStringLiteral("4901234567894"), "inspect"), QStringLiteral("duplicate"));
        }
        // Out of view for longer than the window, then back: a new scan.
        m_clock->advance(1600);
        QCOMPARE(read(*r, QStringLiteral("4901234567894"), "inspect"), QStringLiteral("recorded"));
        // Window 0: identical pieces counted one by one.
        for (int i = 0; i < 3; ++i) {
            m_clock->advance(200);
            QCOMPARE(read(*r, QStringLiteral("4901234567894"), "receive-piece"), QStringLiteral("recorded"));
        }
        QCOMPARE(scans(), 7);
        auto dup = r->record(scanOf(QStringLiteral("4901234567894"), "inspect"));
        QVERIFY(dup && dup->duplicate);
        QVERIFY(dup->previousAtMs > 0 && dup->previousAtMs <= m_clock->nowMs());
    }

    void windowsSurviveARestart()
    {
        {
            auto r = recorder();
            QVERIFY(r);
            QCOMPARE(read(*r, QStringLiteral("QR-123"), "measure"), QStringLiteral("recorded"));
        }
        m_clock->advance(700);
        auto again = recorder();
        QVERIFY(again);
        QCOMPARE(read(*again, QStringLiteral("QR-123"), "measure"), QStringLiteral("duplicate"));
        m_clock->advance(2000);
        QCOMPARE(read(*again, QStringLiteral("QR-123"), "measure"), QStringLiteral("recorded"));
        QCOMPARE(scans(), 2);
    }

    void badInputRecordsNothing()
    {
        auto r = recorder();
        QVERIFY(r);
        auto empty = r->record(scanOf(QString(), "measure", QByteArray("\x01\x02", 2)));
        QVERIFY(!empty);
        QCOMPARE(empty.error().code(), ErrorCode::InvalidArgument);
        QVERIFY2(empty.error().context().contains(QStringLiteral("01 02")),
                 qPrintable(empty.error().toString()));
        auto noWorkflow = r->record(scanOf(QStringLiteral("X"), ""));
        QVERIFY(!noWorkflow);
        QCOMPARE(scans(), 0);
        auto unknown = ScanRecorder::open(store(), *m_clock, QStringLiteral("NOPE"), {});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), ErrorCode::NotFound);
    }

    void payloadJson()
    {
        ScanPayload p = scanOf(QStringLiteral("héllo"), "measure", QByteArray("h\xc3\xa9llo\x00", 7));
        p.siteCode = QStringLiteral("S1");
        auto back = ScanPayload::fromJson(p.toJson());
        QVERIFY(back);
        QCOMPARE(back->raw, p.raw);
        QCOMPARE(back->text, p.text);
        QJsonObject broken = p.toJson();
        broken.insert(QStringLiteral("raw_hex"), QStringLiteral("zz"));
        QVERIFY(!ScanPayload::fromJson(broken));
        broken = p.toJson();
        broken.insert(QStringLiteral("source"), QStringLiteral("telepathy"));
        QVERIFY(!ScanPayload::fromJson(broken));
    }
};

QTEST_GUILESS_MAIN(TestScanRecorder)
#include "tst_scanrecorder.moc"
