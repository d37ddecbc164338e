#pragma once

#include <QList>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Coach::Parallel {

//! A half-open range [begin, end) of item indexes.
struct Slice
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

//! Cuts [0, count) into consecutive slices of at least `minimumSize` items,
//! a few per thread of the global pool so that uneven slices even out.
inline QList<Slice> slices(qsizetype count, qsizetype minimumSize)
{
    const qsizetype threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    const qsizetype bySize = count / std::max<qsizetype>(1, minimumSize);
    const qsizetype wanted = std::max<qsizetype>(1, std::min(threads * 4, bySize));
    QList<Slice> result;
    result.reserve(wanted);
    for (qsizetype i = 0; i < wanted; ++i)
        result.append({count * i / wanted, count * (i + 1) / wanted});
    return result;
}

//! Calls `function(Slice)` for slices of [0, count) on the global thread
//! pool and returns the results in slice order. Small inputs run on the
//! calling thread. `function` must only read shared data.
template <typename Function>
auto mapSlices(qsizetype count, qsizetype minimumSize, Function function)
    -> QList<decltype(function(Slice()))>
{
    using Result = decltype(function(Slice()));
    const QList<Slice> parts = slices(count, minimumSize);
    if (parts.size() <= 1) {
        QList<Result> results;
        results.append(function(Slice{0, count}));
        return results;
    }
    return QtConcurrent::blockingMapped<QList<Result>>(parts, function);
}

} // namespace Coach::Parallel
