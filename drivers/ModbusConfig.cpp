#include "ModbusConfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <cmath>
#include <optional>

namespace wh::drivers {

namespace {

Error parseError(const QString &message, const QString &context = {})
{
    return Error(ErrorCode::Parse, message, context);
}

// What a value is, for "not ..." in messages.
QString shown(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// Reads the fields of one JSON object; `where` prefixes every message ("register 2 (\"speed\")").
class Fields {
public:
    Fields(const QJsonObject &object, QString where, QStringList known)
        : m_object(object)
        , m_where(std::move(where))
        , m_known(std::move(known))
    {
    }

    [[nodiscard]] Status unknownKeys() const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_known.contains(it.key()))
                return fail(QStringLiteral("unknown key \"%1\"; the keys are: %2")
                                .arg(it.key(), m_known.join(QStringLiteral(", "))));
        return {};
    }

    [[nodiscard]] bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    [[nodiscard]] Result<QString> text(const char *key, bool required, const QString &fallback = {}) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                return fail(QStringLiteral("\"%1\" is required").arg(QLatin1String(key)));
            return fallback;
        }
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return fail(
                QStringLiteral("\"%1\" must be a non-empty text, not %2").arg(QLatin1String(key), shown(v)));
        return v.toString().trimmed();
    }

    // A whole number in [min, max].
    [[nodiscard]] Result<qint64> integer(const char *key, bool required, qint64 fallback, qint64 min,
                                         qint64 max) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                return fail(QStringLiteral("\"%1\" is required").arg(QLatin1String(key)));
            return fallback;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max))
            return fail(QStringLiteral("\"%1\" must be a whole number from %2 to %3, not %4")
                            .arg(QLatin1String(key))
                            .arg(min)
                            .arg(max)
                            .arg(shown(v)));
        return qint64(d);
    }

    // One of `names` (the first is the default when the key is absent).
    [[nodiscard]] Result<QString> choice(const char *key, const QStringList &names) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return names.front();
        if (!v.isString() || !names.contains(v.toString()))
            return fail(QStringLiteral("\"%1\" must be one of %2, not %3")
                            .arg(QLatin1String(key), names.join(QStringLiteral(", ")), shown(v)));
        return v.toString();
    }

    [[nodiscard]] Error fail(const QString &message) const
    {
        return parseError(m_where.isEmpty() ? message : m_where + QStringLiteral(": ") + message);
    }

private:
    QJsonObject m_object;
    QString m_where;
    QStringList m_known;
};

Result<ModbusRegisterConfig> parseRegister(const QJsonValue &value, int index)
{
    const QString position = QStringLiteral("register %1").arg(index + 1);
    if (!value.isObject())
        return parseError(position + QStringLiteral(": must be an object, not %1").arg(shown(value)));
    const QJsonObject object = value.toObject();
    QString where = position;
    if (object.value(QStringLiteral("name")).isString())
        where += QStringLiteral(" (\"%1\")").arg(object.value(QStringLiteral("name")).toString());
    const Fields f(object, where,
                   {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("table"),
                    QStringLiteral("address"), QStringLiteral("type"), QStringLiteral("word_order"),
                    QStringLiteral("scale"), QStringLiteral("decimals"), QStringLiteral("unit"),
                    QStringLiteral("site"), QStringLiteral("activity"), QStringLiteral("max_delta")});
    WH_TRY(f.unknownKeys());
    ModbusRegisterConfig r;
    auto name = f.text("name", true);
    if (!name)
        return name.error();
    r.name = *name;
    if (!f.has("kind"))
        return f.fail(QStringLiteral("\"kind\" is required (counter or gauge)"));
    auto kind = f.choice("kind", {QStringLiteral("counter"), QStringLiteral("gauge")});
    if (!kind)
        return kind.error();
    r.kind = *kind == QLatin1String("counter") ? ModbusRegisterKind::Counter : ModbusRegisterKind::Gauge;
    auto table = f.choice("table", {QStringLiteral("holding"), QStringLiteral("input")});
    if (!table)
        return table.error();
    r.table = *modbusTableFromName(*table);
    auto type = f.choice("type", {QStringLiteral("uint16"), QStringLiteral("int16"), QStringLiteral("uint32"),
                                  QStringLiteral("int32")});
    if (!type)
        return type.error();
    r.format.type = *modbusValueTypeFromName(*type);
    auto order = f.choice("word_order", {QStringLiteral("high_first"), QStringLiteral("low_first")});
    if (!order)
        return order.error();
    r.format.wordOrder = *modbusWordOrderFromName(*order);
    if (f.has("word_order") && r.registerCount() == 1)
        return f.fail(QStringLiteral("\"word_order\" is for 32-bit types; %1 takes one register").arg(*type));
    auto address = f.integer("address", true, 0, 0, 65536 - r.registerCount());
    if (!address)
        return address.error();
    r.address = quint16(*address);
    const QJsonValue scale = object.value(QStringLiteral("scale"));
    if (!scale.isUndefined()) {
        if (!scale.isDouble() || !std::isfinite(scale.toDouble()) || scale.toDouble() == 0.0)
            return f.fail(
                QStringLiteral("\"scale\" must be a number other than 0, not %1").arg(shown(scale)));
        r.format.scale = scale.toDouble();
    }
    auto decimals = f.integer("decimals", false, 0, 0, 9);
    if (!decimals)
        return decimals.error();
    r.format.decimals = int(*decimals);
    auto unit = f.text("unit", false);
    if (!unit)
        return unit.error();
    r.unit = *unit;
    if (r.kind == ModbusRegisterKind::Counter) {
        if (modbusIsSigned(r.format.type))
            return f.fail(
                QStringLiteral("a counter counts up: its type is uint16 or uint32, not %1").arg(*type));
        if (r.format.scale < 1 || r.format.scale != std::floor(r.format.scale) || r.format.scale > 1000000)
            return f.fail(
                QStringLiteral("a counter's scale is the whole units per count (1 to 1000000), not %1")
                    .arg(shown(scale)));
        if (r.format.decimals != 0)
            return f.fail(QStringLiteral("a counter counts whole units: \"decimals\" must be 0"));
        auto site = f.text("site", false);
        if (!site)
            return site.error();
        auto activity = f.text("activity", false);
        if (!activity)
            return activity.error();
        if (site->isEmpty() || activity->isEmpty())
            return f.fail(
                QStringLiteral("a counter needs \"site\" and \"activity\": the units are counted for them"));
        r.site = *site;
        r.activity = *activity;
        const qint64 range = qint64(1) << modbusBitWidth(r.format.type);
        auto maxDelta = f.integer("max_delta", false, 0, 1, range - 1);
        if (!maxDelta)
            return maxDelta.error();
        r.maxDelta = quint32(*maxDelta);
    } else {
        for (const char *key : {"site", "activity", "max_delta"})
            if (f.has(key))
                return f.fail(QStringLiteral("\"%1\" is for counters; a gauge's readings are not units")
                                  .arg(QLatin1String(key)));
    }
    return r;
}

Status parseTcp(const QJsonValue &value, ModbusDeviceConfig &config)
{
    const QString text = value.toString().trimmed();
    const QString bad =
        QStringLiteral("\"tcp\" must be host:port (e.g. 192.168.10.20:502), not %1").arg(shown(value));
    if (!value.isString())
        return parseError(bad);
    QString host;
    QString port;
    if (text.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        if (close < 0)
            return parseError(bad);
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || text.count(QLatin1Char(':')) != 1)
            return parseError(bad);
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (host.isEmpty() || !ok || number < 1 || number > 65535)
        return parseError(bad);
    config.host = host;
    config.port = quint16(number);
    return {};
}

Status parseRtu(const QJsonValue &value, ModbusDeviceConfig &config)
{
    if (!value.isObject())
        return parseError(QStringLiteral("\"rtu\" must be an object with \"port\" (and baud, data_bits, "
                                         "parity, stop_bits), not %1")
                              .arg(shown(value)));
    const Fields f(value.toObject(), QStringLiteral("rtu"),
                   {QStringLiteral("port"), QStringLiteral("baud"), QStringLiteral("data_bits"),
                    QStringLiteral("parity"), QStringLiteral("stop_bits")});
    WH_TRY(f.unknownKeys());
    auto port = f.text("port", true);
    if (!port)
        return port.error();
    config.serial.port = *port;
    auto baud = f.integer("baud", false, 9600, 300, 4000000);
    if (!baud)
        return baud.error();
    config.serial.baudRate = int(*baud);
    auto dataBits = f.integer("data_bits", false, 8, 7, 8);
    if (!dataBits)
        return dataBits.error();
    config.serial.dataBits = *dataBits == 7 ? QSerialPort::Data7 : QSerialPort::Data8;
    auto parity = f.choice("parity", {QStringLiteral("none"), QStringLiteral("even"), QStringLiteral("odd")});
    if (!parity)
        return parity.error();
    config.serial.parity = *parity == QLatin1String("even")  ? QSerialPort::EvenParity
                           : *parity == QLatin1String("odd") ? QSerialPort::OddParity
                                                             : QSerialPort::NoParity;
    auto stopBits = f.integer("stop_bits", false, 1, 1, 2);
    if (!stopBits)
        return stopBits.error();
    config.serial.stopBits = *stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop;
    return {};
}

} // namespace

QString modbusRegisterKindName(ModbusRegisterKind kind)
{
    return kind == ModbusRegisterKind::Counter ? QStringLiteral("counter") : QStringLiteral("gauge");
}

QString ModbusRegisterConfig::layout() const
{
    const int count = registerCount();
    QString text = QStringLiteral("%1 %2").arg(modbusTableName(table)).arg(address);
    if (count > 1)
        text += QStringLiteral("-%1").arg(address + count - 1);
    text += QLatin1Char(' ') + modbusValueTypeName(format.type);
    if (count > 1)
        text += QLatin1Char(' ') + modbusWordOrderName(format.wordOrder);
    return text;
}

QString ModbusDeviceConfig::endpoint() const
{
    if (transport == Transport::Tcp) {
        const bool v6 = host.contains(QLatin1Char(':'));
        return QStringLiteral("tcp %1:%2")
            .arg(v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host)
            .arg(port);
    }
    const QChar parity = serial.parity == QSerialPort::EvenParity  ? QLatin1Char('E')
                         : serial.parity == QSerialPort::OddParity ? QLatin1Char('O')
                                                                   : QLatin1Char('N');
    return QStringLiteral("rtu %1 %2 %3%4%5")
        .arg(serial.port)
        .arg(serial.baudRate)
        .arg(int(serial.dataBits))
        .arg(parity)
        .arg(serial.stopBits == QSerialPort::TwoStop ? 2 : 1);
}

Result<ModbusDeviceConfig> parseModbusConfig(const QByteArray &json)
{
    QJsonParseError jsonError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return parseError(QStringLiteral("not valid JSON: %1 at byte %2")
                              .arg(jsonError.errorString())
                              .arg(jsonError.offset));
    if (!doc.isObject())
        return parseError(QStringLiteral("the register map must be a JSON object"));
    const QJsonObject root = doc.object();
    const Fields f(root, QString(),
                   {QStringLiteral("device"), QStringLiteral("tcp"), QStringLiteral("rtu"),
                    QStringLiteral("unit_id"), QStringLiteral("poll_ms"), QStringLiteral("timeout_ms"),
                    QStringLiteral("retries"), QStringLiteral("registers")});
    WH_TRY(f.unknownKeys());
    ModbusDeviceConfig config;
    auto device = f.text("device", true);
    if (!device)
        return device.error();
    config.device = *device;
    if (f.has("tcp") == f.has("rtu"))
        return parseError(
            QStringLiteral("give exactly one of \"tcp\" (host:port) and \"rtu\" (a serial line)"));
    if (f.has("tcp")) {
        config.transport = ModbusDeviceConfig::Transport::Tcp;
        WH_TRY(parseTcp(root.value(QStringLiteral("tcp")), config));
    } else {
        config.transport = ModbusDeviceConfig::Transport::Rtu;
        WH_TRY(parseRtu(root.value(QStringLiteral("rtu")), config));
    }
    // RTU addresses 1..247 (0 is broadcast, which nobody answers); a TCP gateway may use any byte.
    const bool tcp = config.transport == ModbusDeviceConfig::Transport::Tcp;
    auto unit = f.integer("unit_id", false, 1, tcp ? 0 : 1, tcp ? 255 : 247);
    if (!unit)
        return unit.error();
    config.unitId = int(*unit);
    auto poll = f.integer("poll_ms", false, 1000, 50, 86400000);
    if (!poll)
        return poll.error();
    config.pollMs = int(*poll);
    auto timeout = f.integer("timeout_ms", false, 1000, 10, 600000);
    if (!timeout)
        return timeout.error();
    config.timeoutMs = int(*timeout);
    auto retries = f.integer("retries", false, 1, 0, 10);
    if (!retries)
        return retries.error();
    config.retries = int(*retries);
    const QJsonValue registers = root.value(QStringLiteral("registers"));
    if (!registers.isArray())
        return parseError(
            QStringLiteral("\"registers\" must be an array of registers, not %1").arg(shown(registers)));
    if (registers.toArray().isEmpty())
        return parseError(QStringLiteral("\"registers\" is empty: list at least one register"));
    QSet<QString> names;
    const QJsonArray list = registers.toArray();
    for (int i = 0; i < list.size(); ++i) {
        auto r = parseRegister(list.at(i), i);
        if (!r)
            return r.error();
        if (names.contains(r->name))
            return parseError(
                QStringLiteral("register %1: the name \"%2\" is used twice").arg(i + 1).arg(r->name));
        names.insert(r->name);
        config.registers.push_back(std::move(r).value());
    }
    return config;
}

Result<ModbusDeviceConfig> loadModbusConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                     QStringLiteral("cannot read the register map: %1").arg(file.errorString()), path);
    auto config = parseModbusConfig(file.readAll());
    if (!config)
        return Error(config.error().code(), config.error().message(), path);
    return config;
}

} // namespace wh::drivers
