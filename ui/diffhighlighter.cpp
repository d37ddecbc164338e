#include "diffhighlighter.h"

#include <QPalette>

namespace Coach {

namespace {

QColor blend(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
                            base.greenF() * (1 - amount) + tint.greenF() * amount,
                            base.blueF() * (1 - amount) + tint.blueF() * amount);
}

} // namespace

DiffHighlighter::DiffHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    const QColor base = palette.color(QPalette::Base);
    m_added.setBackground(blend(base, QColor(40, 180, 60), 0.25));
    m_removed.setBackground(blend(base, QColor(220, 50, 50), 0.25));
    m_hunk.setForeground(palette.color(QPalette::Link));
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))
        || text.startsWith(QLatin1String("@@")))
        setFormat(0, static_cast<int>(text.size()), m_hunk);
    else if (text.startsWith(QLatin1Char('+')))
        setFormat(0, static_cast<int>(text.size()), m_added);
    else if (text.startsWith(QLatin1Char('-')))
        setFormat(0, static_cast<int>(text.size()), m_removed);
}

} // namespace Coach
