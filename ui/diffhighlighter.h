#pragma once

#include <QSyntaxHighlighter>

namespace Coach {

//! Colours a unified diff: added lines green, removed lines red, hunk
//! headers in the link colour. Colours are blended from the palette so
//! they read well in light and dark themes.
class DiffHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffHighlighter)

public:
    explicit DiffHighlighter(QTextDocument *document, const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_added;
    QTextCharFormat m_removed;
    QTextCharFormat m_hunk;
};

} // namespace Coach
