#include "textdiff.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

using Kind = TextDiff::Line::Kind;

//! A last line without line break ends in this marker, so that it differs
//! from the same text with a break (as diff(1) treats it).
constexpr QChar kNoNewline = u'\0';
constexpr int kMaxEditDistance = 2000;

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n'))
        lines.removeLast();
    else
        lines.last() += kNoNewline;
    return lines;
}

using Trace = std::vector<std::vector<int>>;

//! Whether Myers' path at diagonal k of round d came down (an insertion).
bool cameDown(const std::vector<int> &before, int k, int d)
{
    return k == -d || (k != d && before[k - 1 + d - 1] < before[k + 1 + d - 1]);
}

//! Myers' greedy O(ND) search: the furthest x per diagonal for every round,
//! or -1 when the distance exceeds the cap.
int search(const QStringList &a, const QStringList &b, Trace *trace)
{
    const int n = int(a.size());
    const int m = int(b.size());
    for (int d = 0; d <= std::min(n + m, kMaxEditDistance); ++d) {
        std::vector<int> current(2 * d + 1, 0);
        for (int k = -d; k <= d; k += 2) {
            int x = 0;
            if (d > 0) {
                const std::vector<int> &before = trace->back();
                x = cameDown(before, k, d) ? before[k + 1 + d - 1] : before[k - 1 + d - 1] + 1;
            }
            int y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            current[k + d] = x;
            if (x >= n && y >= m) {
                trace->push_back(std::move(current));
                return d;
            }
        }
        trace->push_back(std::move(current));
    }
    return -1;
}

bool myers(const QStringList &a, const QStringList &b, QList<TextDiff::Line> *script)
{
    Trace trace;
    const int distance = search(a, b, &trace);
    if (distance < 0)
        return false;
    QList<TextDiff::Line> reversed;
    int x = int(a.size());
    int y = int(b.size());
    for (int d = distance; d >= 0; --d) {
        const int k = x - y;
        const bool down = d > 0 && cameDown(trace[d - 1], k, d);
        const int previousK = down ? k + 1 : k - 1;
        const int previousX = d > 0 ? trace[d - 1][previousK + d - 1] : 0;
        const int previousY = d > 0 ? previousX - previousK : 0;
        while (x > previousX && y > previousY) {
            reversed.append({Kind::Same, a.at(--x)});
            --y;
        }
        if (d > 0)
            reversed.append(down ? TextDiff::Line{Kind::Added, b.at(--y)}
                                 : TextDiff::Line{Kind::Removed, a.at(--x)});
    }
    std::reverse(reversed.begin(), reversed.end());
    *script += reversed;
    return true;
}

QString hunkRange(int start, int length)
{
    if (length == 1)
        return QString::number(start);
    return u"%1,%2"_s.arg(length == 0 ? start - 1 : start).arg(length);
}

void appendLine(QString &out, QChar prefix, const QString &text)
{
    out += prefix;
    if (text.endsWith(kNoNewline)) {
        out += QStringView(text).chopped(1);
        out += "\n\\ No newline at end of file\n"_L1;
    } else {
        out += text + u'\n';
    }
}

} // namespace

QList<TextDiff::Line> TextDiff::lines(const QString &oldText, const QString &newText)
{
    const QStringList a = splitLines(oldText);
    const QStringList b = splitLines(newText);
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
           && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail)) {
        ++tail;
    }
    QList<Line> script;
    for (qsizetype i = 0; i < head; ++i)
        script.append({Kind::Same, a.at(i)});
    const QStringList middleA = a.mid(head, a.size() - head - tail);
    const QStringList middleB = b.mid(head, b.size() - head - tail);
    if (middleA.isEmpty() || middleB.isEmpty() || !myers(middleA, middleB, &script)) {
        for (const QString &line : middleA)
            script.append({Kind::Removed, line});
        for (const QString &line : middleB)
            script.append({Kind::Added, line});
    }
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        script.append({Kind::Same, a.at(i)});
    return script;
}

QString TextDiff::unified(const QString &oldText, const QString &newText, const QString &oldLabel,
                          const QString &newLabel, int context)
{
    const QList<Line> script = lines(oldText, newText);
    QList<qsizetype> changes;
    for (qsizetype i = 0; i < script.size(); ++i) {
        if (script.at(i).kind != Kind::Same)
            changes.append(i);
    }
    if (changes.isEmpty())
        return QString();
    QString out = "--- "_L1 + (oldLabel.isEmpty() ? u"/dev/null"_s : oldLabel) + u'\n';
    out += "+++ "_L1 + newLabel + u'\n';
    // Line numbers before every script entry.
    QList<int> oldNumber(script.size() + 1, 1);
    QList<int> newNumber(script.size() + 1, 1);
    for (qsizetype i = 0; i < script.size(); ++i) {
        oldNumber[i + 1] = oldNumber[i] + (script.at(i).kind != Kind::Added ? 1 : 0);
        newNumber[i + 1] = newNumber[i] + (script.at(i).kind != Kind::Removed ? 1 : 0);
    }
    qsizetype c = 0;
    while (c < changes.size()) {
        const qsizetype first = std::max<qsizetype>(0, changes.at(c) - context);
        qsizetype last = changes.at(c);
        while (c + 1 < changes.size() && changes.at(c + 1) - last <= 2 * qsizetype(context))
            last = changes.at(++c);
        ++c;
        last = std::min<qsizetype>(script.size() - 1, last + context);
        out += "@@ -"_L1 + hunkRange(oldNumber[first], oldNumber[last + 1] - oldNumber[first])
            + " +"_L1 + hunkRange(newNumber[first], newNumber[last + 1] - newNumber[first])
            + " @@\n"_L1;
        for (qsizetype i = first; i <= last; ++i) {
            const Line &line = script.at(i);
            appendLine(out,
                       line.kind == Kind::Same ? u' ' : (line.kind == Kind::Added ? u'+' : u'-'),
                       line.text);
        }
    }
    return out;
}

} // namespace Coach
