#include "nlutrainingdata.h"

#include "model/jsonutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coach::FakeRasa::NluTrainingData", text);
}

struct Markup
{
    qsizetype end = -1; //!< index after the markup, -1 if none
    QString entity;
    QJsonValue value;
    QString role;
    QString group;
};

//! Reads `(entity)` / `(entity:value)` after the closing bracket.
Markup parenthesisMarkup(const QString &text, qsizetype open)
{
    Markup markup;
    const qsizetype close = text.indexOf(QLatin1Char(')'), open);
    if (close < 0)
        return markup;
    const QString inner = text.mid(open + 1, close - open - 1);
    const qsizetype colon = inner.indexOf(QLatin1Char(':'));
    markup.entity = (colon < 0 ? inner : inner.left(colon)).trimmed();
    if (colon >= 0)
        markup.value = inner.mid(colon + 1).trimmed();
    if (markup.entity.isEmpty())
        return Markup();
    markup.end = close + 1;
    return markup;
}

//! Reads `{"entity": ..., "value": ..., "role": ..., "group": ...}`.
Markup braceMarkup(const QString &text, qsizetype open)
{
    Markup markup;
    const qsizetype close = text.indexOf(QLatin1Char('}'), open);
    if (close < 0)
        return markup;
    const QJsonDocument document =
        QJsonDocument::fromJson(text.mid(open, close - open + 1).toUtf8());
    const QJsonObject object = document.object();
    markup.entity = Json::string(object, "entity"_L1);
    if (markup.entity.isEmpty())
        return Markup();
    if (object.contains("value"_L1))
        markup.value = object.value("value"_L1);
    markup.role = Json::string(object, "role"_L1);
    markup.group = Json::string(object, "group"_L1);
    markup.end = close + 1;
    return markup;
}

Markup markupAfter(const QString &text, qsizetype index)
{
    if (index >= text.size())
        return Markup();
    if (text.at(index) == QLatin1Char('('))
        return parenthesisMarkup(text, index);
    if (text.at(index) == QLatin1Char('{'))
        return braceMarkup(text, index);
    return Markup();
}

QString intentNameOf(const QJsonObject &item)
{
    return Json::string(item, "intent"_L1);
}

} // namespace

NluExample NluTrainingData::parseExample(const QString &intent, const QString &annotated)
{
    NluExample example;
    example.intent = intent;
    qsizetype index = 0;
    while (index < annotated.size()) {
        const qsizetype open = annotated.indexOf(QLatin1Char('['), index);
        const qsizetype close = open < 0 ? -1 : annotated.indexOf(QLatin1Char(']'), open);
        const Markup markup = close < 0 ? Markup() : markupAfter(annotated, close + 1);
        if (markup.end < 0) {
            const qsizetype stop = open < 0 ? annotated.size() : open + 1;
            example.text += annotated.mid(index, stop - index);
            index = stop;
            continue;
        }
        example.text += annotated.mid(index, open - index);
        AnnotatedEntity entity;
        entity.text = annotated.mid(open + 1, close - open - 1);
        entity.start = int(example.text.size());
        example.text += entity.text;
        entity.end = int(example.text.size());
        entity.entity = markup.entity;
        entity.value = markup.value.isUndefined() || markup.value.isNull() ? QJsonValue(entity.text)
                                                                           : markup.value;
        entity.role = markup.role;
        entity.group = markup.group;
        example.entities.append(entity);
        index = markup.end;
    }
    example.text = example.text.trimmed();
    return example;
}

QStringList NluTrainingData::exampleLines(const QJsonValue &examples)
{
    QStringList lines;
    if (examples.isArray()) {
        const QJsonArray array = examples.toArray();
        for (const QJsonValue &item : array) {
            const QString text =
                item.isObject() ? Json::string(item.toObject(), "text"_L1) : item.toString();
            if (!text.trimmed().isEmpty())
                lines.append(text.trimmed());
        }
        return lines;
    }
    const QStringList raw = examples.toString().split(QLatin1Char('\n'));
    for (const QString &line : raw) {
        QString text = line.trimmed();
        if (!text.startsWith(QLatin1Char('-')))
            continue;
        text = text.mid(1).trimmed();
        if (!text.isEmpty())
            lines.append(text);
    }
    return lines;
}

Status NluTrainingData::addNluSection(const QJsonValue &section)
{
    if (section.isNull() || section.isUndefined())
        return {};
    if (!section.isArray())
        return makeError(tr("\"nlu\" must be a list of intents, synonyms, regexes and lookups"));
    const QJsonArray items = section.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QJsonValue examples = item.value("examples"_L1);
        if (!examples.isString() && !examples.isArray())
            return makeError(tr("nlu item %1 has no \"examples\"").arg(i + 1));
        const QStringList lines = exampleLines(examples);
        if (const QString intent = intentNameOf(item); !intent.isEmpty()) {
            for (const QString &line : lines)
                this->examples.append(parseExample(intent, line));
        } else if (const QString value = Json::string(item, "synonym"_L1); !value.isEmpty()) {
            for (const QString &line : lines)
                synonyms.insert(line.toLower(), value);
        } else if (const QString table = Json::string(item, "lookup"_L1); !table.isEmpty()) {
            lookups[table] += lines;
        } else if (const QString regex = Json::string(item, "regex"_L1); !regex.isEmpty()) {
            regexes[regex] += lines;
        } else {
            return makeError(
                tr("nlu item %1 is not an intent, synonym, regex or lookup").arg(i + 1));
        }
    }
    return {};
}

} // namespace Coach::FakeRasa
