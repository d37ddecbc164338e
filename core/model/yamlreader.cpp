#include "yamlreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <yaml-cpp/yaml.h>

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct YamlReaderMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::YamlReader)
};

QJsonValue resolveInteger(const QString &text, bool *ok)
{
    static const QRegularExpression decimal(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression octal(QStringLiteral("^0o[0-7]+$"));
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
    *ok = true;
    bool converted = false;
    if (decimal.match(text).hasMatch()) {
        const qlonglong value = text.toLongLong(&converted);
        if (converted)
            return QJsonValue(value);
        return QJsonValue(text.toDouble());
    }
    if (octal.match(text).hasMatch())
        return QJsonValue(text.mid(2).toLongLong(&converted, 8));
    if (hex.match(text).hasMatch())
        return QJsonValue(text.mid(2).toLongLong(&converted, 16));
    *ok = false;
    return QJsonValue();
}

QJsonValue resolveFloat(const QString &text, bool *ok)
{
    static const QRegularExpression number(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    *ok = true;
    if (number.match(text).hasMatch())
        return QJsonValue(text.toDouble());
    const QString lower = text.toLower();
    if (lower == QLatin1String(".inf") || lower == QLatin1String("+.inf"))
        return QJsonValue(std::numeric_limits<double>::infinity());
    if (lower == QLatin1String("-.inf"))
        return QJsonValue(-std::numeric_limits<double>::infinity());
    if (lower == QLatin1String(".nan"))
        return QJsonValue(std::numeric_limits<double>::quiet_NaN());
    *ok = false;
    return QJsonValue();
}

QJsonValue resolvePlain(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null")
        || text == QLatin1String("Null") || text == QLatin1String("NULL")) {
        return QJsonValue();
    }
    if (text == QLatin1String("true") || text == QLatin1String("True")
        || text == QLatin1String("TRUE")) {
        return QJsonValue(true);
    }
    if (text == QLatin1String("false") || text == QLatin1String("False")
        || text == QLatin1String("FALSE")) {
        return QJsonValue(false);
    }
    bool ok = false;
    QJsonValue value = resolveInteger(text, &ok);
    if (ok)
        return value;
    value = resolveFloat(text, &ok);
    if (ok)
        return value;
    return QJsonValue(text);
}

QJsonValue resolveTagged(const std::string &tag, const QString &text)
{
    if (tag == "tag:yaml.org,2002:str")
        return QJsonValue(text);
    if (tag == "tag:yaml.org,2002:null")
        return QJsonValue();
    bool ok = false;
    if (tag == "tag:yaml.org,2002:int") {
        const QJsonValue value = resolveInteger(text, &ok);
        return ok ? value : QJsonValue(text);
    }
    if (tag == "tag:yaml.org,2002:float") {
        QJsonValue value = resolveFloat(text, &ok);
        if (ok)
            return value;
        return resolveInteger(text, &ok);
    }
    if (tag == "tag:yaml.org,2002:bool")
        return resolvePlain(text);
    // Unknown local tags (e.g. !include): keep the text.
    return QJsonValue(text);
}

QJsonValue toJson(const YAML::Node &node, int depth);

QJsonValue scalarToJson(const YAML::Node &node)
{
    return yamlScalarToJson(QString::fromStdString(node.Scalar()), node.Tag());
}

QJsonValue mapToJson(const YAML::Node &node, int depth)
{
    QJsonObject object;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first; // a copy: the iterator yields a temporary
        QString name;
        if (key.IsScalar())
            name = QString::fromStdString(key.Scalar());
        else if (!key.IsNull())
            name = QString::fromStdString(YAML::Dump(key));
        object.insert(name, toJson(it->second, depth + 1));
    }
    return object;
}

QJsonValue toJson(const YAML::Node &node, int depth)
{
    // Deeply nested input is a sign of garbage; stop before the stack does.
    if (depth > 200)
        return QJsonValue();
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QJsonValue();
    case YAML::NodeType::Scalar:
        return scalarToJson(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item, depth + 1));
        return array;
    }
    case YAML::NodeType::Map:
        return mapToJson(node, depth);
    }
    return QJsonValue();
}

} // namespace

Result<QJsonValue> parseYaml(const QByteArray &text, const QString &fileName)
{
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        return toJson(root, 0);
    } catch (const YAML::Exception &error) {
        const QString where = error.mark.is_null()
            ? fileName
            : YamlReaderMessages::tr("%1 line %2, column %3")
                  .arg(fileName.isEmpty() ? YamlReaderMessages::tr("YAML") : fileName)
                  .arg(error.mark.line + 1)
                  .arg(error.mark.column + 1);
        return makeError(
            YamlReaderMessages::tr("invalid YAML: %1").arg(QString::fromStdString(error.msg)),
            where);
    } catch (const std::exception &error) {
        return makeError(YamlReaderMessages::tr("cannot read YAML: %1")
                             .arg(QString::fromLocal8Bit(error.what())),
                         fileName);
    }
}

QJsonValue yamlScalarToJson(const QString &text, const std::string &tag)
{
    if (tag == "!")
        return QJsonValue(text);
    if (tag == "?" || tag.empty())
        return resolvePlain(text);
    return resolveTagged(tag, text);
}

QJsonValue yamlNodeToJson(const YAML::Node &node)
{
    return toJson(node, 0);
}

Result<QJsonValue> readYamlFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.errorString(), path);
    return parseYaml(file.readAll(), path);
}

} // namespace Coach
