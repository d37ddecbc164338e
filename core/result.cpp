#include "result.h"

namespace Coach {

QString Error::toString() const
{
    if (where.isEmpty())
        return message;
    return where + QStringLiteral(": ") + message;
}

} // namespace Coach
