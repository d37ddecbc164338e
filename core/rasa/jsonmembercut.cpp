#include "jsonmembercut.h"

#include "model/jsonscanner.h"

namespace Coach {

std::optional<JsonMemberCut::Result> JsonMemberCut::cut(const QByteArray &json,
                                                        QLatin1StringView key)
{
    QList<JsonScanner::Member> members;
    if (!JsonScanner(json).scanObject(&members))
        return std::nullopt;
    Result result;
    result.rest.reserve(json.size());
    result.rest.append('{');
    for (const JsonScanner::Member &member : std::as_const(members)) {
        if (member.key == QByteArrayView(key.data(), key.size())) {
            if (result.found)
                return std::nullopt; // which one counts is the full parse's business
            result.found = true;
            result.valueIsObject = member.valueIsObject;
            continue;
        }
        if (result.rest.size() > 1)
            result.rest.append(',');
        result.rest.append(QByteArrayView(json).sliced(member.begin, member.end - member.begin));
    }
    result.rest.append('}');
    return result;
}

} // namespace Coach
