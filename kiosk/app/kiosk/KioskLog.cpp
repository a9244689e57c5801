#include "kiosk/app/kiosk/KioskLog.h"

Q_LOGGING_CATEGORY(lcKiosk, "accueil.kiosk", QtInfoMsg)
