#include "messagemarkup.h"

#include "model/jsonutil.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

QString MessageMarkup::annotate(const QString &text, const QList<Entity> &entities)
{
    if (text.startsWith(u'/'))
        return text;
    QList<Entity> spans;
    for (const Entity &entity : entities) {
        if (entity.hasSpan() && *entity.start() >= 0 && *entity.start() < *entity.end()
            && *entity.end() <= text.size())
            spans.append(entity);
    }
    std::stable_sort(spans.begin(), spans.end(), [](const Entity &a, const Entity &b) {
        return *a.start() < *b.start();
    });
    QString out;
    int position = 0;
    for (qsizetype i = 0; i < spans.size();) {
        const int start = *spans.at(i).start();
        const int end = *spans.at(i).end();
        qsizetype groupEnd = i + 1;
        while (groupEnd < spans.size() && *spans.at(groupEnd).start() == start)
            ++groupEnd;
        if (start < position) { // overlapping span: cannot be written, skip it
            i = groupEnd;
            continue;
        }
        const QString covered = text.mid(start, end - start);
        out += text.mid(position, start - position);
        if (groupEnd - i == 1) {
            out += u'[' + covered + u']' + annotation(spans.at(i), covered);
        } else {
            QStringList items;
            for (qsizetype k = i; k < groupEnd; ++k)
                items.append(annotationObject(spans.at(k), covered));
            out += u'[' + covered + u"]["_s + items.join(u", "_s) + u']';
        }
        position = end;
        i = groupEnd;
    }
    out += text.mid(position);
    return out;
}

QString MessageMarkup::annotation(const Entity &entity, const QString &covered)
{
    const QString value = entity.valueText();
    const bool plainValue = !entity.hasValueKey() || entity.value().isNull()
                            || value.isEmpty() || (entity.value().isString() && value == covered);
    if (plainValue && entity.role().isEmpty() && entity.group().isEmpty())
        return u'(' + entity.type() + u')';
    return annotationObject(entity, covered);
}

QString MessageMarkup::annotationObject(const Entity &entity, const QString &covered)
{
    // Rasa's key order: entity, role, group, value (nulls left out).
    QStringList parts{u"\"entity\": "_s + Json::pythonQuote(entity.type())};
    if (!entity.role().isEmpty())
        parts.append(u"\"role\": "_s + Json::pythonQuote(entity.role()));
    if (!entity.group().isEmpty())
        parts.append(u"\"group\": "_s + Json::pythonQuote(entity.group()));
    // The value is written only when it differs from the covered text.
    if (entity.hasValueKey() && !entity.value().isNull()
        && !(entity.value().isString() && entity.valueText() == covered))
        parts.append(u"\"value\": "_s + Json::pythonDumps(entity.value()));
    return u'{' + parts.join(u", "_s) + u'}';
}

} // namespace Coach
