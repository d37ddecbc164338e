#include "annotation.h"

#include "model/jsonutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct AnnotationMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::Annotation)
};

const QRegularExpression &entityPattern()
{
    static const QRegularExpression pattern(u"\\[(?<text>[^\\]]+?)\\]"
                                            "(\\((?<type>[^:)]+?)(?::(?<value>[^)]+))?\\)"
                                            "|\\{(?<dict>[^}]+?)\\}"
                                            "|\\[(?<list>.*?)\\])"_s);
    return pattern;
}

//! An attribute of the JSON form that must be text when present.
bool isTextOrAbsent(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isUndefined() || value.isString();
}

Result<Entity> entityFromDict(const QString &body, const QString &covered, int start, int end)
{
    const QString json = u'{' + body + u'}';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(AnnotationMessages::tr("the entity annotation %1 is not valid JSON: %2")
                             .arg(json, error.errorString()));
    }
    const QJsonObject dict = document.object();
    if (!dict.value("entity"_L1).isString() || dict.value("entity"_L1).toString().isEmpty())
        return makeError(
            AnnotationMessages::tr("the entity annotation %1 has no \"entity\" name").arg(json));
    for (const auto key : {"role"_L1, "group"_L1}) {
        if (!isTextOrAbsent(dict, key))
            return makeError(
                AnnotationMessages::tr("\"%1\" must be text in the entity annotation %2")
                    .arg(key, json));
    }
    // Rasa's schema (_common_entity_properties): a string or a number.
    if (!isTextOrAbsent(dict, "value"_L1) && !dict.value("value"_L1).isDouble())
        return makeError(
            AnnotationMessages::tr("\"value\" must be text or a number in the entity annotation %1")
                .arg(json));
    const QJsonValue value =
        dict.contains("value"_L1) ? dict.value("value"_L1) : QJsonValue(covered);
    return Entity::onSpan(dict.value("entity"_L1).toString(), value, start, end,
                          dict.value("role"_L1).toString(), dict.value("group"_L1).toString());
}

Status appendListEntities(const QString &list, const QString &covered, int start, int end,
                          QList<Entity> *entities)
{
    static const QRegularExpression single(u"\\{(?<dict>[^}]+?)\\}"_s);
    auto it = single.globalMatch(list);
    bool any = false;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        Result<Entity> entity = entityFromDict(match.captured(u"dict"_s), covered, start, end);
        if (!entity)
            return entity.error();
        entities->append(*entity);
        any = true;
    }
    if (!any)
        return makeError(AnnotationMessages::tr("the entity list [%1] holds no entity").arg(list));
    return {};
}

Status appendMatch(const QRegularExpressionMatch &match, int start, QList<Entity> *entities)
{
    const QString covered = match.captured(u"text"_s);
    const int end = start + Annotation::codePointLength(covered);
    if (match.hasCaptured(u"dict"_s)) {
        Result<Entity> entity = entityFromDict(match.captured(u"dict"_s), covered, start, end);
        if (!entity)
            return entity.error();
        entities->append(*entity);
        return {};
    }
    if (match.hasCaptured(u"type"_s)) {
        const QString value = match.hasCaptured(u"value"_s) ? match.captured(u"value"_s) : covered;
        entities->append(Entity::onSpan(match.captured(u"type"_s), value, start, end));
        return {};
    }
    return appendListEntities(match.captured(u"list"_s), covered, start, end, entities);
}

//! What markup needs of one entity, read from its JSON once.
struct Span
{
    int start = 0;
    int end = 0;
    QString type;
    QJsonValue value;
    QString role;
    QString group;
};

bool readSpan(const Entity &entity, int length, Span *span)
{
    const QJsonObject json = entity.toJson();
    const QJsonValue start = json.value("start"_L1);
    const QJsonValue end = json.value("end"_L1);
    if (!start.isDouble() || !end.isDouble())
        return false;
    span->start = start.toInt(-1);
    span->end = end.toInt(-1);
    if (span->start < 0 || span->start >= span->end || span->end > length)
        return false;
    span->type = entity.type();
    span->value = json.value("value"_L1);
    span->role = entity.role();
    span->group = entity.group();
    return true;
}

//! The value as it follows `"value": ` (null QString: no value key).
//! Numbers stay numbers, as Rasa's writer (json.dumps) writes them, even
//! when the text is the same digits; other values are written as text:
//! a string equal to the covered text is left out (Rasa's rule), and
//! values Rasa's reader refuses (true, lists) become their text.
QString valueJson(const QJsonValue &value, const QString &covered)
{
    if (value.isDouble())
        return Annotation::valueAsText(value);
    const QString text = Annotation::valueAsText(value);
    if (text.isNull() || (!text.isEmpty() && text == covered))
        return QString();
    return Json::pythonQuote(text);
}

//! `(type)` or the JSON object of one entity (spec §5.5.1).
QString attributes(const Span &span, const QString &covered, bool shortAllowed)
{
    const QString value = valueJson(span.value, covered);
    const bool role = !span.role.isEmpty();
    const bool group = !span.group.isEmpty();
    if (shortAllowed && value.isNull() && !role && !group)
        return u'(' + span.type + u')';
    QString out = u"{\"entity\": "_s + Json::pythonQuote(span.type);
    if (role)
        out += u", \"role\": "_s + Json::pythonQuote(span.role);
    if (group)
        out += u", \"group\": "_s + Json::pythonQuote(span.group);
    if (!value.isNull())
        out += u", \"value\": "_s + value;
    return out + u'}';
}

QString markup(const QList<Span> &group, const QString &covered)
{
    QString out = u'[' + covered + u']';
    if (group.size() == 1)
        return out + attributes(group.first(), covered, true);
    QStringList parts;
    for (const Span &span : group)
        parts.append(attributes(span, covered, false));
    return out + u'[' + parts.join(", "_L1) + u']';
}

} // namespace

int Annotation::codePointLength(const QString &text)
{
    int length = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++length;
    }
    return length;
}

qsizetype Annotation::utf16Index(const QString &text, int index)
{
    qsizetype position = 0;
    for (int count = 0; count < index && position < text.size(); ++count) {
        const bool pair = text.at(position).isHighSurrogate() && position + 1 < text.size()
            && text.at(position + 1).isLowSurrogate();
        position += pair ? 2 : 1;
    }
    return position;
}

QString Annotation::valueAsText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9.0e15)
            return QString::number(static_cast<qint64>(number));
        return Json::pythonFloat(number);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return Json::pythonDumps(value, false);
    default:
        return QString();
    }
}

Result<AnnotatedText> Annotation::parse(const QString &annotated)
{
    AnnotatedText result;
    qsizetype copied = 0;
    int plainLength = 0;
    auto it = entityPattern().globalMatch(annotated);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString before = annotated.mid(copied, match.capturedStart() - copied);
        result.plainText += before;
        plainLength += codePointLength(before);
        Status status = appendMatch(match, plainLength, &result.entities);
        if (!status)
            return status.error();
        const QString covered = match.captured(u"text"_s);
        result.plainText += covered;
        plainLength += codePointLength(covered);
        copied = match.capturedEnd();
    }
    result.plainText += annotated.mid(copied);
    return result;
}

QString Annotation::render(const QString &text, const QList<Entity> &entities)
{
    if (text.startsWith(u'/') || entities.isEmpty())
        return text;
    const int length = codePointLength(text);
    // Spans in start order, entities with the same start in their order:
    // one message rarely has more than a few entities, so no map.
    QVarLengthArray<Span, 4> spans;
    for (const Entity &entity : entities) {
        Span span;
        if (readSpan(entity, length, &span))
            spans.append(std::move(span));
    }
    std::stable_sort(spans.begin(), spans.end(),
                     [](const Span &a, const Span &b) { return a.start < b.start; });
    const bool simple = length == text.size(); // no surrogate pairs: indexes agree
    const auto index = [&text, simple](int codePoint) {
        return simple ? qsizetype(codePoint) : utf16Index(text, codePoint);
    };
    QString out;
    int position = 0;
    for (qsizetype first = 0; first < spans.size();) {
        qsizetype last = first + 1;
        while (last < spans.size() && spans[last].start == spans[first].start)
            ++last;
        const int start = spans[first].start;
        const int end = spans[first].end;
        QList<Span> group;
        for (qsizetype i = first; i < last; ++i) {
            if (spans[i].end == end)
                group.append(spans[i]);
        }
        first = last;
        if (start < position)
            continue; // overlaps the previous span: Rasa's syntax cannot say it
        const qsizetype from = index(position);
        const qsizetype begin = index(start);
        const qsizetype stop = index(end);
        out += QStringView(text).mid(from, begin - from);
        out += markup(group, text.mid(begin, stop - begin));
        position = end;
    }
    out += QStringView(text).mid(index(position));
    return out;
}

} // namespace Coach
