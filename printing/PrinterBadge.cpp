#include "printing/PrinterBadge.h"

#include "printing/BadgeRenderer.h"

PrinterBadge PrinterBadge::render(const PrinterMedia &printer, const BadgeTemplate &t, const BadgeData &badge)
{
    PrinterBadge result;
    const auto fit = MediaFit::choose(t.name, t.pageMm, printer, &result.error);
    if (!fit)
        return result;
    result.fit = *fit;
    result.pageMm = fit->pageMm;
    result.pdf = BadgeRenderer::pdf(t, badge, *fit, &result.error);
    return result;
}
