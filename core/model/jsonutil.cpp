#include "jsonutil.h"

#include <cmath>
#include <cstdio>

namespace Coach::Json {

QString string(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

std::optional<double> number(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

std::optional<int> integer(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < -2147483648.0 || number > 2147483647.0)
        return std::nullopt;
    return static_cast<int>(number);
}

bool boolean(const QJsonObject &object, QLatin1StringView key, bool fallback)
{
    const QJsonValue value = object.value(key);
    return value.isBool() ? value.toBool() : fallback;
}

QJsonObject object(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toObject();
}

QJsonArray array(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toArray();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array) {
        if (item.isString())
            result.append(item.toString());
    }
    return result;
}

QString displayText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return pythonDumps(value, false);
}

QString pythonFloat(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    // Python prints the shortest repr that round-trips; %.17g then trimming
    // is not the same, so find the shortest precision that round-trips.
    char buffer[40];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value)
            break;
    }
    QString text = QString::fromLatin1(buffer);
    const qsizetype exponent = text.indexOf(QLatin1Char('e'));
    if (exponent >= 0) {
        // Python writes 1e-05 and 1e+16; C writes the same two-digit exponent.
        QString mantissa = text.left(exponent);
        QString power = text.mid(exponent + 1);
        const QChar sign = power.at(0);
        power = power.mid(1);
        while (power.size() > 2 && power.startsWith(QLatin1Char('0')))
            power.remove(0, 1);
        return mantissa + QLatin1Char('e') + sign + power;
    }
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('n')))
        text += QStringLiteral(".0");
    return text;
}

QString pythonQuote(const QString &text, bool ensureAscii)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar ch : text) {
        const char16_t code = ch.unicode();
        switch (code) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'\b':
            out += QStringLiteral("\\b");
            break;
        case u'\f':
            out += QStringLiteral("\\f");
            break;
        default:
            if (code < 0x20 || (ensureAscii && code > 0x7e))
                out += QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    out += QLatin1Char('"');
    return out;
}

static QString dumpNumber(double number)
{
    // JSON has one number type; Rasa's values that are integers in Python
    // (4) come back as integral doubles here. Print integral values without
    // a fraction, as Python does for ints.
    if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 1e15)
        return QString::number(static_cast<qint64>(number));
    return pythonFloat(number);
}

QString pythonDumps(const QJsonValue &value, bool ensureAscii, bool sortKeys)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return dumpNumber(value.toDouble());
    case QJsonValue::String:
        return pythonQuote(value.toString(), ensureAscii);
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue item : array)
            parts.append(pythonDumps(item, ensureAscii, sortKeys));
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        // QJsonObject iterates in sorted key order, so sortKeys is implied.
        Q_UNUSED(sortKeys)
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            parts.append(pythonQuote(it.key(), ensureAscii) + QStringLiteral(": ")
                         + pythonDumps(it.value(), ensureAscii, sortKeys));
        }
        return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    }
    return QString();
}

bool pythonTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0.0;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    default:
        return false;
    }
}

} // namespace Coach::Json
