#include "outputsplitter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coach {

QString OutputSplitter::decode(const QByteArray &bytes)
{
    static const QRegularExpression ansi(u"\x1b\\[[0-9;?]*[A-Za-z]"_s);
    QString text = QString::fromUtf8(bytes);
    text.remove(ansi);
    return text;
}

QList<OutputSplitter::Piece> OutputSplitter::feed(const QByteArray &bytes)
{
    m_pending += bytes;
    QList<Piece> pieces;
    qsizetype start = 0;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const char c = m_pending.at(i);
        if (c != '\n' && c != '\r')
            continue;
        if (c == '\r' && i + 1 == m_pending.size())
            break; // maybe the first half of \r\n: wait for the next byte
        const bool crlf = c == '\r' && m_pending.at(i + 1) == '\n';
        const bool isLine = c == '\n' || crlf;
        const QString text = decode(m_pending.mid(start, i - start));
        if (isLine || !text.trimmed().isEmpty())
            pieces.append({text, isLine});
        i += crlf ? 1 : 0;
        start = i + 1;
    }
    m_pending.remove(0, start);
    return pieces;
}

QList<OutputSplitter::Piece> OutputSplitter::finish()
{
    QByteArray rest = std::exchange(m_pending, {});
    if (rest.endsWith('\r'))
        rest.chop(1);
    if (rest.isEmpty())
        return {};
    return {{decode(rest), true}};
}

} // namespace Coach
