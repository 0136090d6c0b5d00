// PasswordHasher: account passwords as libsodium Argon2id strings (salt and cost inside), verified in
// constant time; malformed or tampered hashes never verify; the cost of a hash is recognised.
#include "PasswordHasher.h"

#include <QTest>

using namespace wh;

class TestPasswordHasher : public QObject {
    Q_OBJECT

private slots:
    void verifyRightAndWrong_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("wrong");
        QTest::newRow("ascii") << QStringLiteral("correct horse") << QStringLiteral("correct horse ");
        QTest::newRow("case") << QStringLiteral("Admin-pass") << QStringLiteral("admin-pass");
        QTest::newRow("japanese") << QStringLiteral("パスワード二〇二六")
                                  << QStringLiteral("パスワード二〇二七");
        QTest::newRow("full-width is not ascii")
            << QStringLiteral("ｐａｓｓｗｏｒｄ") << QStringLiteral("password");
        QTest::newRow("dollar and quotes") << QStringLiteral("$a'b\"c$") << QStringLiteral("$a'b\"c");
        QTest::newRow("long") << QString(1024, QLatin1Char('x')) << QString(1023, QLatin1Char('x'));
    }
    void verifyRightAndWrong()
    {
        QFETCH(QString, password);
        QFETCH(QString, wrong);
        auto encoded = PasswordHasher::hash(password, PasswordHasher::kLightCost);
        QVERIFY2(encoded.ok(), qPrintable(encoded.ok() ? QString() : encoded.error().toString()));
        QVERIFY(PasswordHasher::verify(password, *encoded));
        QVERIFY(!PasswordHasher::verify(wrong, *encoded));
        QVERIFY(!PasswordHasher::verify(QString(), *encoded));
        QVERIFY(!encoded->contains(password));
    }

    // libsodium's string: algorithm, version, cost and salt inside; a fresh salt every time.
    void formatAndSalt()
    {
        auto a = PasswordHasher::hash(QStringLiteral("same password"), PasswordHasher::kLightCost);
        auto b = PasswordHasher::hash(QStringLiteral("same password"), PasswordHasher::kLightCost);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->startsWith(QLatin1String("$argon2id$v=19$m=8,t=1,p=1$")));
        QVERIFY(*a != *b);
        QVERIFY(PasswordHasher::verify(QStringLiteral("same password"), *b));
    }

    void defaultCost()
    {
        auto encoded = PasswordHasher::hash(QStringLiteral("interactive cost"));
        QVERIFY(encoded.ok());
        QVERIFY2(encoded->startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(*encoded));
        QVERIFY(PasswordHasher::verify(QStringLiteral("interactive cost"), *encoded));
        QVERIFY(!PasswordHasher::needsRehash(*encoded));
        QVERIFY(PasswordHasher::needsRehash(*encoded, PasswordHasher::kLightCost));
        auto light = PasswordHasher::hash(QStringLiteral("interactive cost"), PasswordHasher::kLightCost);
        QVERIFY(light.ok());
        QVERIFY(PasswordHasher::needsRehash(*light));
    }

    void badInput()
    {
        QCOMPARE(PasswordHasher::hash(QString(), PasswordHasher::kLightCost).error().code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(PasswordHasher::hash(QStringLiteral("password"), {0, 8192}).error().code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(PasswordHasher::hash(QStringLiteral("password"), {1, 1024}).error().code(),
                 ErrorCode::InvalidArgument);
    }

    // Malformed, truncated or tampered hashes are "no", never a crash or a huge allocation.
    void malformedNeverVerifies()
    {
        auto encoded = PasswordHasher::hash(QStringLiteral("password1"), PasswordHasher::kLightCost);
        QVERIFY(encoded.ok());
        QVERIFY(!PasswordHasher::verify(QStringLiteral("password1"), QString()));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("password1"), QStringLiteral("password1")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("password1"), encoded->left(encoded->size() - 4)));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("password1"),
                                        QString(encoded->size() * 3, QLatin1Char('$'))));
        QString otherAlgorithm = *encoded;
        otherAlgorithm.replace(QLatin1String("$argon2id$"), QLatin1String("$argon2i$"));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("password1"), otherAlgorithm));
        // A cost of 4 TiB in the stored text: refused before libsodium tries to allocate it.
        QString huge = *encoded;
        huge.replace(QLatin1String("m=8,"), QLatin1String("m=4294967295,"));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("password1"), huge));
        QString flipped = *encoded;
        flipped[flipped.size() - 2] =
            flipped[flipped.size() - 2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!PasswordHasher::verify(QStringLiteral("password1"), flipped));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
