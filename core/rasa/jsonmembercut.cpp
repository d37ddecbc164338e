#include "jsonmembercut.h"

#include "model/jsonscanner.h"

namespace Coach {

std::optional<QByteArray> JsonMemberCut::emptyObjects(const QByteArray &json, QLatin1StringView key)
{
    QList<JsonScanner::Member> members;
    if (!JsonScanner(json).scanObject(&members))
        return std::nullopt;
    QByteArray light;
    light.reserve(json.size());
    qsizetype copied = 0;
    for (const JsonScanner::Member &member : std::as_const(members)) {
        if (member.key != QByteArrayView(key.data(), key.size())
            || json.at(member.valueBegin) != '{')
            continue;
        light.append(QByteArrayView(json).sliced(copied, member.valueBegin - copied));
        light.append("{}");
        copied = member.end;
    }
    light.append(QByteArrayView(json).sliced(copied));
    return light;
}

} // namespace Coach
