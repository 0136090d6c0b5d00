// TapeCandidateModel, the Devices screen's list of tapes to choose: a simulator per protocol from
// the start, serial ports once per serial protocol, Bluetooth tapes in the order found (a device
// seen again updates its row), the groups in that order whatever is added when, the remembered
// row marked; under QAbstractItemModelTester throughout.
#include "TapeCandidateModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace wh;
using drivers::TapeProtocol;

namespace {

drivers::BleTapeCandidate found(const QString &address, const QString &name, TapeProtocol protocol,
                                qint16 rssi = -60)
{
    drivers::BleTapeCandidate c;
    c.peripheral.address = address;
    c.peripheral.name = name;
    c.peripheral.rssi = rssi;
    c.protocol = protocol;
    return c;
}

QStringList specs(const TapeCandidateModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row), TapeCandidateModel::SpecRole).toString();
    return out;
}

const QStringList kSimulators = {"sim:leica-disto", "sim:bosch-glm", "sim:es-tape", "sim:nus", "sim:wedge"};

} // namespace

class TestTapeCandidateModel : public QObject {
    Q_OBJECT

private slots:
    void simulatorsFromTheStart();
    void serialPortsPerProtocol();
    void bluetoothInOrderFound();
    void groupsKeepTheirOrder();
    void remembered();
    void outOfRange();
};

void TestTapeCandidateModel::simulatorsFromTheStart()
{
    TapeCandidateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(specs(model), kSimulators);
    const QModelIndex first = model.index(0);
    QCOMPARE(model.data(first, TapeCandidateModel::NameRole).toString(),
             QStringLiteral("Simulator — Leica DISTO"));
    QCOMPARE(model.data(first, Qt::DisplayRole).toString(), QStringLiteral("Simulator — Leica DISTO"));
    QCOMPARE(model.data(first, TapeCandidateModel::KindRole).toString(), QStringLiteral("sim"));
    QCOMPARE(model.data(first, TapeCandidateModel::ProtocolRole).toString(), QStringLiteral("Leica DISTO"));
    QCOMPARE(model.data(first, TapeCandidateModel::ProtocolNameRole).toString(),
             QStringLiteral("leica-disto"));
    QVERIFY(model.data(first, TapeCandidateModel::SimulatorRole).toBool());
    QVERIFY(!model.data(first, TapeCandidateModel::RememberedRole).toBool());
    QVERIFY(model.data(first, TapeCandidateModel::AddressRole).toString().isEmpty());
    QVERIFY(
        model.data(first, TapeCandidateModel::DetailRole).toString().contains(QLatin1String("No real tape")));
    QCOMPARE(model.count(TapeCandidate::Kind::Simulator), 5);
    QCOMPARE(model.count(TapeCandidate::Kind::Ble), 0);
    const auto names = model.roleNames();
    for (const char *role : {"spec", "name", "protocol", "protocolName", "kind", "address", "rssi",
                             "remembered", "simulator", "detail"})
        QVERIFY2(names.values().contains(QByteArray(role)), role);
}

void TestTapeCandidateModel::serialPortsPerProtocol()
{
    TapeCandidateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &TapeCandidateModel::countChanged);
    model.setSerialPorts({{"ttyUSB0", "/dev/ttyUSB0", "CP2102 USB to UART"},
                          {"rfcomm0", "/dev/rfcomm0", ""},
                          {"", "", "a port without a name is skipped"},
                          {"COM3", "", "シリアル"}}); // a name without a location (the spec takes the name)
    QCOMPARE(counted.count(), 1);
    QCOMPARE(specs(model).mid(0, 9),
             (QStringList{"serial:bosch-glm:/dev/ttyUSB0", "serial:es-tape:/dev/ttyUSB0",
                          "serial:nus:/dev/ttyUSB0", "serial:bosch-glm:/dev/rfcomm0",
                          "serial:es-tape:/dev/rfcomm0", "serial:nus:/dev/rfcomm0", "serial:bosch-glm:COM3",
                          "serial:es-tape:COM3", "serial:nus:COM3"}));
    QCOMPARE(specs(model).mid(9), kSimulators);
    const QModelIndex first = model.index(0);
    QCOMPARE(model.data(first, TapeCandidateModel::NameRole).toString(),
             QStringLiteral("Bosch GLM on ttyUSB0"));
    QCOMPARE(model.data(first, TapeCandidateModel::KindRole).toString(), QStringLiteral("serial"));
    QCOMPARE(model.data(first, TapeCandidateModel::AddressRole).toString(), QStringLiteral("/dev/ttyUSB0"));
    QCOMPARE(model.data(first, TapeCandidateModel::DetailRole).toString(),
             QStringLiteral("Serial port /dev/ttyUSB0 (CP2102 USB to UART)"));
    QCOMPARE(model.data(model.index(3), TapeCandidateModel::DetailRole).toString(),
             QStringLiteral("Serial port /dev/rfcomm0"));
    QVERIFY(model.data(model.index(6), TapeCandidateModel::DetailRole)
                .toString()
                .contains(QStringLiteral("シリアル")));

    // A new list replaces the old; an empty one removes the group.
    model.setSerialPorts({{"ttyACM0", "/dev/ttyACM0", ""}});
    QCOMPARE(model.count(TapeCandidate::Kind::Serial), 3);
    model.setSerialPorts({});
    QCOMPARE(specs(model), kSimulators);
}

void TestTapeCandidateModel::bluetoothInOrderFound()
{
    TapeCandidateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addBle(found("C4:F3:12:00:00:01", "DISTO D2", TapeProtocol::LeicaDisto, -58));
    model.addBle(found("00:13:43:00:00:02", "GLM 50 C", TapeProtocol::BoschGlm, -71));
    model.addBle(found("80:EA:CA:00:00:03", "", TapeProtocol::EsTape, 0));
    QCOMPARE(specs(model).mid(0, 3),
             (QStringList{"ble:leica-disto:C4:F3:12:00:00:01", "ble:bosch-glm:00:13:43:00:00:02",
                          "ble:es-tape:80:EA:CA:00:00:03"}));
    QCOMPARE(model.count(TapeCandidate::Kind::Ble), 3);
    QCOMPARE(model.data(model.index(0), TapeCandidateModel::NameRole).toString(), QStringLiteral("DISTO D2"));
    QCOMPARE(model.data(model.index(0), TapeCandidateModel::RssiRole).toInt(), -58);
    QCOMPARE(model.data(model.index(0), TapeCandidateModel::KindRole).toString(), QStringLiteral("ble"));
    QCOMPARE(model.data(model.index(0), TapeCandidateModel::DetailRole).toString(),
             QStringLiteral("Leica DISTO over Bluetooth, C4:F3:12:00:00:01, signal -58 dBm"));
    // No name advertised: the protocol's; no signal reported: not shown.
    QCOMPARE(model.data(model.index(2), TapeCandidateModel::NameRole).toString(), QStringLiteral("ES-Tape"));
    QCOMPARE(model.data(model.index(2), TapeCandidateModel::DetailRole).toString(),
             QStringLiteral("ES-Tape over Bluetooth, 80:EA:CA:00:00:03"));

    // Seen again (the address in another case): the row is updated, not added.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.addBle(found("00:13:43:00:00:02", "GLM 50 C", TapeProtocol::BoschGlm, -50));
    QCOMPARE(model.count(TapeCandidate::Kind::Ble), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.data(model.index(1), TapeCandidateModel::RssiRole).toInt(), -50);

    model.clearBle();
    QCOMPARE(specs(model), kSimulators);
}

void TestTapeCandidateModel::groupsKeepTheirOrder()
{
    TapeCandidateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSerialPorts({{"ttyUSB0", "/dev/ttyUSB0", ""}});
    model.addBle(found("C4:F3:12:00:00:01", "DISTO", TapeProtocol::LeicaDisto));
    model.setSerialPorts({{"ttyUSB1", "/dev/ttyUSB1", ""}});
    model.addBle(found("E0:00:00:00:00:04", "Tape", TapeProtocol::NordicUart));
    QStringList kinds;
    for (int row = 0; row < model.rowCount(); ++row)
        kinds << model.data(model.index(row), TapeCandidateModel::KindRole).toString();
    QCOMPARE(kinds,
             (QStringList{"ble", "ble", "serial", "serial", "serial", "sim", "sim", "sim", "sim", "sim"}));
    QCOMPARE(model.candidate(1)->address, QStringLiteral("E0:00:00:00:00:04"));
    QCOMPARE(model.candidate(2)->address, QStringLiteral("/dev/ttyUSB1"));
}

void TestTapeCandidateModel::remembered()
{
    TapeCandidateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRemembered(QStringLiteral("sim:nus"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.data(model.index(3), TapeCandidateModel::RememberedRole).toBool());
    // A remembered Bluetooth tape is marked once the scan finds it.
    model.setRemembered(QStringLiteral("ble:leica-disto:C4:F3:12:00:00:01"));
    QCOMPARE(changed.count(), 2); // the old row unmarked; the new one is not listed yet
    QVERIFY(!model.data(model.index(3), TapeCandidateModel::RememberedRole).toBool());
    model.addBle(found("C4:F3:12:00:00:01", "DISTO", TapeProtocol::LeicaDisto));
    QVERIFY(model.data(model.index(0), TapeCandidateModel::RememberedRole).toBool());
    model.setRemembered(QString());
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.data(model.index(row), TapeCandidateModel::RememberedRole).toBool());
    // The same again: nothing changes.
    changed.clear();
    model.setRemembered(QString());
    QCOMPARE(changed.count(), 0);
}

void TestTapeCandidateModel::outOfRange()
{
    TapeCandidateModel model;
    QVERIFY(!model.candidate(-1));
    QVERIFY(!model.candidate(model.rowCount()));
    QVERIFY(model.candidate(0));
    QVERIFY(!model.data(model.index(0), Qt::UserRole + 99).isValid());
    QCOMPARE(model.rowCount(model.index(0)), 0);
}

QTEST_GUILESS_MAIN(TestTapeCandidateModel)

#include "tst_tapecandidatemodel.moc"
