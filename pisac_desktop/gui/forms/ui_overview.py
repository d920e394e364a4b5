# Generated from ui/overview.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 820cdc321f2f331d997c81d2f33fafc9c50b2b13d9cdd4d1e597933e492c1915
# uic: uic 6.11.3
# output-sha256: 57b285578f192eed7ce0f82b0c9d4f015e0abff86bf53143e3b2a8eb9f913e93
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_Overview(object):
    def setupUi(self, Overview):
        if not Overview.objectName():
            Overview.setObjectName(u"Overview")
        self.overviewLayout = QVBoxLayout(Overview)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.titleLabel = QLabel(Overview)
        self.titleLabel.setObjectName(u"titleLabel")

        self.overviewLayout.addWidget(self.titleLabel)

        self.greetingLabel = QLabel(Overview)
        self.greetingLabel.setObjectName(u"greetingLabel")
        self.greetingLabel.setWordWrap(True)
        self.greetingLabel.setTextFormat(Qt.RichText)
        self.greetingLabel.setTextInteractionFlags(Qt.LinksAccessibleByKeyboard|Qt.LinksAccessibleByMouse)

        self.overviewLayout.addWidget(self.greetingLabel)

        self.dateLabel = QLabel(Overview)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setWordWrap(True)

        self.overviewLayout.addWidget(self.dateLabel)

        self.warningLabel = QLabel(Overview)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.overviewLayout.addWidget(self.warningLabel)

        self.setupGroup = QGroupBox(Overview)
        self.setupGroup.setObjectName(u"setupGroup")
        self.setupLayout = QHBoxLayout(self.setupGroup)
        self.setupLayout.setObjectName(u"setupLayout")
        self.setupView = QTableView(self.setupGroup)
        self.setupView.setObjectName(u"setupView")
        self.setupView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setupView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setupView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setupView.setShowGrid(False)

        self.setupLayout.addWidget(self.setupView)

        self.setupButtonsLayout = QVBoxLayout()
        self.setupButtonsLayout.setObjectName(u"setupButtonsLayout")
        self.testPageButton = QPushButton(self.setupGroup)
        self.testPageButton.setObjectName(u"testPageButton")

        self.setupButtonsLayout.addWidget(self.testPageButton)

        self.hideSetupButton = QPushButton(self.setupGroup)
        self.hideSetupButton.setObjectName(u"hideSetupButton")

        self.setupButtonsLayout.addWidget(self.hideSetupButton)

        self.setupButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.setupButtonsLayout.addItem(self.setupButtonsSpacer)


        self.setupLayout.addLayout(self.setupButtonsLayout)


        self.overviewLayout.addWidget(self.setupGroup)

        self.setupHiddenLabel = QLabel(Overview)
        self.setupHiddenLabel.setObjectName(u"setupHiddenLabel")
        self.setupHiddenLabel.setTextFormat(Qt.RichText)

        self.overviewLayout.addWidget(self.setupHiddenLabel)

        self.pendingGroup = QGroupBox(Overview)
        self.pendingGroup.setObjectName(u"pendingGroup")
        self.pendingLayout = QVBoxLayout(self.pendingGroup)
        self.pendingLayout.setObjectName(u"pendingLayout")
        self.nothingPendingLabel = QLabel(self.pendingGroup)
        self.nothingPendingLabel.setObjectName(u"nothingPendingLabel")

        self.pendingLayout.addWidget(self.nothingPendingLabel)

        self.pendingView = QTableView(self.pendingGroup)
        self.pendingView.setObjectName(u"pendingView")
        self.pendingView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.pendingView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.pendingView.setAlternatingRowColors(True)

        self.pendingLayout.addWidget(self.pendingView)


        self.overviewLayout.addWidget(self.pendingGroup)

        self.sectionsGroup = QGroupBox(Overview)
        self.sectionsGroup.setObjectName(u"sectionsGroup")
        self.sectionsLayout = QVBoxLayout(self.sectionsGroup)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsLabel = QLabel(self.sectionsGroup)
        self.sectionsLabel.setObjectName(u"sectionsLabel")
        self.sectionsLabel.setWordWrap(True)
        self.sectionsLabel.setTextFormat(Qt.RichText)

        self.sectionsLayout.addWidget(self.sectionsLabel)


        self.overviewLayout.addWidget(self.sectionsGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.overviewLayout.addItem(self.bottomSpacer)


        self.retranslateUi(Overview)
    # setupUi

    def retranslateUi(self, Overview):
        self.titleLabel.setText(QCoreApplication.translate("Overview", u"Resumen", None))
#if QT_CONFIG(accessibility)
        self.greetingLabel.setAccessibleName(QCoreApplication.translate("Overview", u"Saludo y lo m\u00e1s urgente", None))
#endif // QT_CONFIG(accessibility)
        self.greetingLabel.setText("")
        self.dateLabel.setText("")
        self.warningLabel.setStyleSheet(QCoreApplication.translate("Overview", u"color: #8a5a00; background: #fff4d6; padding: 6px; border-radius: 3px;", None))
        self.warningLabel.setText("")
        self.setupGroup.setTitle(QCoreApplication.translate("Overview", u"Puesta en marcha", None))
        self.testPageButton.setText(QCoreApplication.translate("Overview", u"&P\u00e1gina de prueba\u2026", None))
#if QT_CONFIG(tooltip)
        self.testPageButton.setToolTip(QCoreApplication.translate("Overview", u"Imprimir una p\u00e1gina de prueba con el membrete, para comprobar la impresora de esta computadora.", None))
#endif // QT_CONFIG(tooltip)
        self.hideSetupButton.setText(QCoreApplication.translate("Overview", u"&Ocultar lista", None))
#if QT_CONFIG(tooltip)
        self.hideSetupButton.setToolTip(QCoreApplication.translate("Overview", u"No mostrar esta lista a su usuario en esta computadora (se puede volver a mostrar).", None))
#endif // QT_CONFIG(tooltip)
        self.setupHiddenLabel.setText("")
        self.pendingGroup.setTitle(QCoreApplication.translate("Overview", u"Pendientes", None))
        self.nothingPendingLabel.setText(QCoreApplication.translate("Overview", u"No hay nada pendiente en este momento.", None))
        self.sectionsGroup.setTitle(QCoreApplication.translate("Overview", u"Secciones de este m\u00f3dulo", None))
        self.sectionsLabel.setText("")
        pass
    # retranslateUi
