#include "annotatedtext_p.h"

#include "model/jsonutil.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

// Interim renderer until core/export's Annotation::render is merged.
QString annotatedMessage(const QString &text, const QList<Entity> &entities)
{
    if (text.startsWith(u'/'))
        return text;
    QList<Entity> spans;
    for (const Entity &entity : entities) {
        if (entity.hasSpan())
            spans.append(entity);
    }
    std::stable_sort(spans.begin(), spans.end(),
                     [](const Entity &a, const Entity &b) { return *a.start() < *b.start(); });
    QString result;
    int position = 0;
    for (const Entity &entity : spans) {
        const int start = std::clamp(*entity.start(), position, int(text.size()));
        const int end = std::clamp(*entity.end(), start, int(text.size()));
        const QString covered = text.mid(start, end - start);
        result += text.mid(position, start - position) + u'[' + covered + u']';
        const bool plainValue = entity.value().isNull() || entity.valueText() == covered
            || entity.valueText().isEmpty();
        if (plainValue && entity.role().isEmpty() && entity.group().isEmpty()) {
            result += u'(' + entity.type() + u')';
        } else {
            QString json = u"{\"entity\": "_s + Json::pythonQuote(entity.type());
            if (!entity.role().isEmpty())
                json += u", \"role\": "_s + Json::pythonQuote(entity.role());
            if (!entity.group().isEmpty())
                json += u", \"group\": "_s + Json::pythonQuote(entity.group());
            if (!plainValue)
                json += u", \"value\": "_s + Json::pythonDumps(entity.value());
            result += json + u'}';
        }
        position = end;
    }
    return result + text.mid(position);
}

} // namespace Coach
