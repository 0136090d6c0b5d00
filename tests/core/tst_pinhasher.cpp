// PinHasher: Argon2id PIN hashes in a self-describing text, verified in constant time.
#include "PinHasher.h"

#include <QStringList>
#include <QTest>

using namespace wh;

namespace {
QByteArray salt16(char fill = 'S')
{
    return QByteArray(16, fill);
}
} // namespace

class TestPinHasher : public QObject {
    Q_OBJECT

private slots:
    void verifyRightAndWrong_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("wrong");
        QTest::newRow("four digits") << QStringLiteral("1234") << QStringLiteral("1235");
        QTest::newRow("leading zeros") << QStringLiteral("0007") << QStringLiteral("7");
        QTest::newRow("six digits") << QStringLiteral("987654") << QStringLiteral("98765");
        QTest::newRow("japanese text") << QStringLiteral("暗証番号") << QStringLiteral("暗証番号 ");
        QTest::newRow("full-width digits are not ascii digits")
            << QStringLiteral("１２３４") << QStringLiteral("1234");
        QTest::newRow("huge") << QString(10000, QLatin1Char('9')) << QString(9999, QLatin1Char('9'));
    }
    void verifyRightAndWrong()
    {
        QFETCH(QString, pin);
        QFETCH(QString, wrong);
        auto encoded = PinHasher::hash(pin, PinHasher::kLightCost);
        QVERIFY2(encoded.ok(), qPrintable(encoded.ok() ? QString() : encoded.error().toString()));
        QVERIFY(PinHasher::verify(pin, *encoded));
        QVERIFY(!PinHasher::verify(wrong, *encoded));
        QVERIFY(!PinHasher::verify(QString(), *encoded));
        // The stored text never holds the PIN itself.
        QVERIFY(!encoded->contains(pin));
    }

    void defaultCost()
    {
        auto encoded = PinHasher::hash(QStringLiteral("2468"));
        QVERIFY(encoded.ok());
        const QStringList parts = encoded->split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 5);
        QCOMPARE(parts[0], QStringLiteral("argon2id"));
        QCOMPARE(parts[1], QStringLiteral("2"));
        QCOMPARE(parts[2], QStringLiteral("19456"));
        QVERIFY(PinHasher::verify(QStringLiteral("2468"), *encoded));
        QVERIFY(!PinHasher::verify(QStringLiteral("2469"), *encoded));
        QVERIFY(!encoded->contains(QStringLiteral("2468")));
    }

    void format()
    {
        auto encoded = PinHasher::hashWithSalt(QStringLiteral("1234"), salt16(), PinHasher::kLightCost);
        QVERIFY(encoded.ok());
        const QStringList parts = encoded->split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 5);
        QCOMPARE(parts[0], QStringLiteral("argon2id"));
        QCOMPARE(parts[1], QStringLiteral("1"));
        QCOMPARE(parts[2], QStringLiteral("256"));
        QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()), salt16());
        QCOMPARE(QByteArray::fromBase64(parts[4].toLatin1()).size(), 32);
    }

    void randomSaltEachTime()
    {
        auto a = PinHasher::hash(QStringLiteral("1234"), PinHasher::kLightCost);
        auto b = PinHasher::hash(QStringLiteral("1234"), PinHasher::kLightCost);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(*a != *b);
        QCOMPARE(QByteArray::fromBase64(a->split(QLatin1Char('$'))[3].toLatin1()).size(), 16);
        QVERIFY(PinHasher::verify(QStringLiteral("1234"), *a));
        QVERIFY(PinHasher::verify(QStringLiteral("1234"), *b));
    }

    void seededSaltIsReproducible()
    {
        auto a = PinHasher::hashWithSalt(QStringLiteral("4321"), salt16('a'), PinHasher::kLightCost);
        auto b = PinHasher::hashWithSalt(QStringLiteral("4321"), salt16('a'), PinHasher::kLightCost);
        auto c = PinHasher::hashWithSalt(QStringLiteral("4321"), salt16('b'), PinHasher::kLightCost);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(*a, *b);
        QVERIFY(*a != *c);
    }

    void badArguments_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<quint64>("ops");
        QTest::addColumn<quint64>("memKiB");
        QTest::newRow("empty PIN") << QString() << salt16() << quint64(1) << quint64(256);
        QTest::newRow("empty salt") << QStringLiteral("1234") << QByteArray() << quint64(1) << quint64(256);
        QTest::newRow("15-byte salt")
            << QStringLiteral("1234") << QByteArray(15, 's') << quint64(1) << quint64(256);
        QTest::newRow("17-byte salt")
            << QStringLiteral("1234") << QByteArray(17, 's') << quint64(1) << quint64(256);
        QTest::newRow("zero ops") << QStringLiteral("1234") << salt16() << quint64(0) << quint64(256);
        QTest::newRow("memory below the minimum")
            << QStringLiteral("1234") << salt16() << quint64(1) << quint64(1);
    }
    void badArguments()
    {
        QFETCH(QString, pin);
        QFETCH(QByteArray, salt);
        QFETCH(quint64, ops);
        QFETCH(quint64, memKiB);
        auto encoded = PinHasher::hashWithSalt(pin, salt, PinHasher::Cost{ops, memKiB});
        QVERIFY(!encoded.ok());
        QCOMPARE(encoded.error().code(), ErrorCode::InvalidArgument);
    }

    void malformedHashesAreRejected_data()
    {
        auto good = PinHasher::hashWithSalt(QStringLiteral("1234"), salt16(), PinHasher::kLightCost);
        QVERIFY(good.ok());
        const QStringList p = good->split(QLatin1Char('$'));
        auto join = [](QStringList parts) { return parts.join(QLatin1Char('$')); };

        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QString();
        QTest::newRow("just the prefix") << QStringLiteral("argon2id");
        QTest::newRow("only separators") << QStringLiteral("$$$$");
        QTest::newRow("plain text PIN") << QStringLiteral("1234");
        QTest::newRow("another algorithm") << join({QStringLiteral("argon2i"), p[1], p[2], p[3], p[4]});
        QTest::newRow("bcrypt style") << QStringLiteral("$2b$10$abcdefghijklmnopqrstuu");
        QTest::newRow("four parts") << join({p[0], p[1], p[2], p[3]});
        QTest::newRow("six parts") << join({p[0], p[1], p[2], p[3], p[4], QStringLiteral("x")});
        QTest::newRow("ops not a number") << join({p[0], QStringLiteral("一"), p[2], p[3], p[4]});
        QTest::newRow("memory not a number") << join({p[0], p[1], QStringLiteral("lots"), p[3], p[4]});
        QTest::newRow("negative ops") << join({p[0], QStringLiteral("-1"), p[2], p[3], p[4]});
        QTest::newRow("short salt") << join(
            {p[0], p[1], p[2], QString::fromLatin1(QByteArray(8, 's').toBase64()), p[4]});
        QTest::newRow("short hash") << join(
            {p[0], p[1], p[2], p[3], QString::fromLatin1(QByteArray(16, 'h').toBase64())});
        QTest::newRow("absurd memory (tampered row)")
            << join({p[0], p[1], QStringLiteral("4194304"), p[3], p[4]});
        QTest::newRow("absurd ops") << join({p[0], QStringLiteral("17"), p[2], p[3], p[4]});
        QTest::newRow("other cost, same hash") << join({p[0], QStringLiteral("2"), p[2], p[3], p[4]});
        QByteArray flipped = QByteArray::fromBase64(p[4].toLatin1());
        flipped[0] = char(flipped[0] ^ 1);
        QTest::newRow("one bit of the hash flipped")
            << join({p[0], p[1], p[2], p[3], QString::fromLatin1(flipped.toBase64())});
        QTest::newRow("japanese text") << QStringLiteral("アルゴン$1$256$塩$ハッシュ");
    }
    void malformedHashesAreRejected()
    {
        QFETCH(QString, encoded);
        QVERIFY(!PinHasher::verify(QStringLiteral("1234"), encoded));
    }
};

QTEST_GUILESS_MAIN(TestPinHasher)
#include "tst_pinhasher.moc"
