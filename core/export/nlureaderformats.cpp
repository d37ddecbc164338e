// NluReader for Rasa 2.x legacy Markdown and Rasa JSON.

#include "nlureader.h"

#include "model/jsonutil.h"

#include <QCoreApplication>
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

QString lineLabel(const QString &fileName, int line)
{
    return NluReaderMessages::tr("%1 line %2")
        .arg(fileName.isEmpty() ? NluReaderMessages::tr("NLU data") : fileName)
        .arg(line);
}

class MarkdownNlu
{
public:
    explicit MarkdownNlu(const QString &fileName) : m_fileName(fileName) { }
    Result<NluData> read(const QString &text);

private:
    Status readLine(const QString &line, int number);
    Status addItem(const QString &item, int number);

    QString m_fileName;
    NluData m_data;
    QString m_section;
    QString m_title;
};

Result<NluData> MarkdownNlu::read(const QString &text)
{
    static const QRegularExpression comment(u"<!--[\\s\\S]*?--!*>"_s);
    // Comments may span lines; blank them out but keep the line count.
    QString content = text;
    auto it = comment.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString blank = match.captured();
        for (QChar &ch : blank) {
            if (ch != u'\n')
                ch = u' ';
        }
        content.replace(match.capturedStart(), match.capturedLength(), blank);
    }
    const QStringList lines = content.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Status status = readLine(lines.at(i).trimmed(), int(i + 1));
        if (!status)
            return status.error();
    }
    return std::move(m_data);
}

Status MarkdownNlu::readLine(const QString &line, int number)
{
    static const QRegularExpression header(u"##\\s*(.+?):(.+)"_s);
    static const QRegularExpression item(u"^\\s*[-*+]\\s*(.+)"_s);
    if (line.isEmpty())
        return {};
    const QRegularExpressionMatch section = header.match(line);
    if (section.hasMatch()) {
        m_section = section.captured(1).trimmed();
        m_title = section.captured(2).trimmed();
        static const QStringList known{u"intent"_s, u"synonym"_s, u"regex"_s, u"lookup"_s};
        if (!known.contains(m_section))
            return makeError(NluReaderMessages::tr("unknown section \"%1\"").arg(m_section),
                             lineLabel(m_fileName, number));
        if (m_section == "lookup"_L1)
            m_data.lookups.append({m_title, {}, {}});
        return {};
    }
    const QRegularExpressionMatch match = item.match(line);
    if (match.hasMatch())
        return addItem(match.captured(1), number);
    if (m_section == "lookup"_L1 && !m_data.lookups.isEmpty())
        m_data.lookups.last().file = line; // a lookup table given as a file
    return {};
}

Status MarkdownNlu::addItem(const QString &item, int number)
{
    if (m_section.isEmpty())
        return makeError(
            NluReaderMessages::tr("\"%1\" comes before the first section (## intent:name)")
                .arg(item),
            lineLabel(m_fileName, number));
    if (m_section == "intent"_L1) {
        Result<TrainingExample> example = TrainingExample::fromAnnotated(item, m_title);
        if (!example)
            return makeError(example.error().message, lineLabel(m_fileName, number));
        m_data.examples.append(*example);
    } else if (m_section == "synonym"_L1) {
        if (m_data.synonyms.isEmpty() || m_data.synonyms.last().value != m_title)
            m_data.synonyms.append({m_title, {}});
        m_data.synonyms.last().synonyms.append(item);
    } else if (m_section == "regex"_L1) {
        if (m_data.regexes.isEmpty() || m_data.regexes.last().name != m_title)
            m_data.regexes.append({m_title, {}});
        m_data.regexes.last().patterns.append(item);
    } else {
        m_data.lookups.last().elements.append(item);
    }
    return {};
}

Result<TrainingExample> jsonExample(const QJsonValue &value)
{
    if (!value.isObject() || !value.toObject().value("text"_L1).isString())
        return makeError(
            NluReaderMessages::tr("every common example must be an object with a \"text\""));
    const QJsonObject object = value.toObject();
    TrainingExample example;
    example.text = Json::string(object, "text"_L1);
    example.intent = Json::string(object, "intent"_L1);
    example.entities = entitiesFromJson(object.value("entities"_L1));
    example.metadata = Json::object(object, "metadata"_L1);
    return example;
}

void readJsonTables(const QJsonObject &data, NluData *nlu)
{
    for (const QJsonValue value : Json::array(data, "regex_features"_L1)) {
        const QJsonObject regex = value.toObject();
        const QString name = Json::string(regex, "name"_L1);
        if (nlu->regexes.isEmpty() || nlu->regexes.last().name != name)
            nlu->regexes.append({name, {}});
        nlu->regexes.last().patterns.append(Json::string(regex, "pattern"_L1));
    }
    for (const QJsonValue value : Json::array(data, "lookup_tables"_L1)) {
        const QJsonObject lookup = value.toObject();
        const QJsonValue elements = lookup.value("elements"_L1);
        nlu->lookups.append({Json::string(lookup, "name"_L1), Json::stringList(elements),
                             elements.isString() ? elements.toString() : QString()});
    }
    for (const QJsonValue value : Json::array(data, "entity_synonyms"_L1)) {
        const QJsonObject synonym = value.toObject();
        nlu->synonyms.append(
            {Json::string(synonym, "value"_L1), Json::stringList(synonym.value("synonyms"_L1))});
    }
}

} // namespace

Result<NluData> NluReader::readMarkdown(const QByteArray &content, const QString &fileName)
{
    QString text = QString::fromUtf8(content);
    text.remove(u'\r');
    return MarkdownNlu(fileName).read(text);
}

Result<NluData> NluReader::readJson(const QByteArray &content, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(content, &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError(NluReaderMessages::tr("invalid JSON at offset %1: %2")
                             .arg(error.offset)
                             .arg(error.errorString()),
                         fileName);
    }
    const QJsonObject root = document.object();
    if (!root.value("rasa_nlu_data"_L1).isObject())
        return makeError(NluReaderMessages::tr("not Rasa NLU data: \"rasa_nlu_data\" is missing"),
                         fileName);
    const QJsonObject data = root.value("rasa_nlu_data"_L1).toObject();
    NluData nlu;
    const QJsonArray examples = Json::array(data, "common_examples"_L1);
    for (qsizetype i = 0; i < examples.size(); ++i) {
        Result<TrainingExample> example = jsonExample(examples.at(i));
        if (!example)
            return makeError(example.error().message,
                             NluReaderMessages::tr("%1, example %2").arg(fileName).arg(i + 1));
        nlu.examples.append(*example);
    }
    readJsonTables(data, &nlu);
    static const QStringList known{u"common_examples"_s, u"regex_features"_s, u"lookup_tables"_s,
                                   u"entity_synonyms"_s};
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!known.contains(it.key()))
            nlu.extraJson.insert(it.key(), it.value());
    }
    return nlu;
}

} // namespace Coach
