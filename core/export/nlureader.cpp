#include "nlureader.h"

#include "model/jsonutil.h"
#include "model/yamlreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct NluReaderMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::NluReader)
};

QString fileLabel(const QString &fileName)
{
    return fileName.isEmpty() ? NluReaderMessages::tr("NLU data") : fileName;
}

//! The `- item` lines of an `examples: |` block.
QStringList blockLines(const QString &block)
{
    QStringList items;
    const QStringList lines = block.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'-'))
            items.append(trimmed.mid(1).trimmed());
    }
    return items;
}

Status readIntentItem(const QJsonObject &item, const QString &where, NluData *data)
{
    const QString intent = Json::displayText(item.value("intent"_L1)).trimmed();
    if (intent.isEmpty())
        return makeError(NluReaderMessages::tr("an intent needs a name"), where);
    if (item.value("metadata"_L1).isObject())
        data->intentMetadata.insert(intent, item.value("metadata"_L1).toObject());
    const QJsonValue examples = item.value("examples"_L1);
    QList<std::pair<QString, QJsonObject>> texts;
    if (examples.isString()) {
        for (const QString &line : blockLines(examples.toString()))
            texts.append({line, {}});
    } else if (examples.isArray()) {
        const QJsonArray array = examples.toArray();
        for (const QJsonValue value : array) {
            const QJsonObject object = value.toObject();
            const QString text =
                value.isString() ? value.toString() : Json::string(object, "text"_L1);
            texts.append({text.trimmed(), Json::object(object, "metadata"_L1)});
        }
    } else if (!examples.isNull() && !examples.isUndefined()) {
        return makeError(
            NluReaderMessages::tr("the examples of intent \"%1\" must be a block of \"- \" lines")
                .arg(intent),
            where);
    }
    for (const auto &[text, metadata] : texts) {
        Result<TrainingExample> example = TrainingExample::fromAnnotated(text, intent);
        if (!example)
            return makeError(example.error().message, where);
        example.value().metadata = metadata;
        data->examples.append(*example);
    }
    return {};
}

void readNamedItem(const QJsonObject &item, NluData *data)
{
    const QStringList lines = blockLines(Json::string(item, "examples"_L1));
    if (item.contains("synonym"_L1))
        data->synonyms.append({Json::displayText(item.value("synonym"_L1)), lines});
    else if (item.contains("regex"_L1))
        data->regexes.append({Json::displayText(item.value("regex"_L1)), lines});
    else if (item.contains("lookup"_L1))
        data->lookups.append({Json::displayText(item.value("lookup"_L1)), lines, {}});
}

} // namespace

std::optional<NluFormat> NluReader::guessFormat(const QByteArray &content)
{
    const QByteArray trimmed = content.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (trimmed.startsWith('{')) {
        const QJsonDocument json = QJsonDocument::fromJson(trimmed);
        if (json.isObject() && json.object().contains("rasa_nlu_data"_L1))
            return NluFormat::Json;
    }
    static const QRegularExpression markdown(u"^\\s*##\\s*(intent|synonym|regex|lookup):"_s,
                                             QRegularExpression::MultilineOption);
    Result<QJsonValue> yaml = parseYaml(content);
    if (yaml && yaml->isObject()
        && (yaml->toObject().contains("nlu"_L1) || yaml->toObject().contains("responses"_L1))) {
        return NluFormat::Yaml;
    }
    if (markdown.match(QString::fromUtf8(content)).hasMatch())
        return NluFormat::Markdown;
    return std::nullopt;
}

std::optional<NluFormat> NluReader::formatForPath(const QString &path)
{
    if (path.endsWith(".json"_L1, Qt::CaseInsensitive))
        return NluFormat::Json;
    if (path.endsWith(".md"_L1, Qt::CaseInsensitive))
        return NluFormat::Markdown;
    if (path.endsWith(".yml"_L1, Qt::CaseInsensitive)
        || path.endsWith(".yaml"_L1, Qt::CaseInsensitive))
        return NluFormat::Yaml;
    return std::nullopt;
}

Result<NluData> NluReader::read(const QByteArray &content, NluFormat format,
                                const QString &fileName)
{
    switch (format) {
    case NluFormat::Markdown:
        return readMarkdown(content, fileName);
    case NluFormat::Json:
        return readJson(content, fileName);
    case NluFormat::Yaml:
        break;
    }
    return readYaml(content, fileName);
}

Result<NluData> NluReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.errorString(), path);
    const QByteArray content = file.readAll();
    const auto format = guessFormat(content);
    return read(content, format.value_or(formatForPath(path).value_or(NluFormat::Yaml)), path);
}

Result<NluData> NluReader::readYaml(const QByteArray &content, const QString &fileName)
{
    Result<QJsonValue> yaml = parseYaml(content, fileName);
    if (!yaml)
        return yaml.error();
    NluData data;
    if (yaml->isNull())
        return data;
    if (!yaml->isObject())
        return makeError(NluReaderMessages::tr("not an NLU file: the top level must be a mapping"),
                         fileName);
    const QJsonObject root = yaml->toObject();
    const QJsonValue nlu = root.value("nlu"_L1);
    if (!nlu.isArray() && !nlu.isNull() && !nlu.isUndefined())
        return makeError(NluReaderMessages::tr("\"nlu\" must be a list"), fileName);
    const QJsonArray items = nlu.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where =
            NluReaderMessages::tr("%1, item %2 of \"nlu\"").arg(fileLabel(fileName)).arg(i + 1);
        if (!items.at(i).isObject())
            return makeError(NluReaderMessages::tr("every item of \"nlu\" must be a mapping"),
                             where);
        const QJsonObject item = items.at(i).toObject();
        if (item.contains("intent"_L1)) {
            Status status = readIntentItem(item, where, &data);
            if (!status)
                return status.error();
        } else {
            readNamedItem(item, &data);
        }
    }
    data.responses = root.value("responses"_L1).toObject();
    return data;
}

} // namespace Coach
