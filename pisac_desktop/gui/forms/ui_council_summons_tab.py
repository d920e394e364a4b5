# Generated from ui/council_summons_tab.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 71fa48104e022fbdc238bb6f92b2400806d44b2f8a71ac435a722e0216b6c333
# uic: uic 6.11.3
# output-sha256: 3e93dada1fd671585e7b7aba46070667e7d63fae4e2de888f1faeb98bf874985
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_summons_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CouncilSummonsTab(object):
    def setupUi(self, CouncilSummonsTab):
        if not CouncilSummonsTab.objectName():
            CouncilSummonsTab.setObjectName(u"CouncilSummonsTab")
        CouncilSummonsTab.resize(700, 480)
        self.tabLayout = QVBoxLayout(CouncilSummonsTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.tabLayout.setContentsMargins(4, -1, 4, -1)
        self.conveneLayout = QHBoxLayout()
        self.conveneLayout.setObjectName(u"conveneLayout")
        self.conveneInfoLabel = QLabel(CouncilSummonsTab)
        self.conveneInfoLabel.setObjectName(u"conveneInfoLabel")
        self.conveneInfoLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.conveneInfoLabel.sizePolicy().hasHeightForWidth())
        self.conveneInfoLabel.setSizePolicy(sizePolicy)

        self.conveneLayout.addWidget(self.conveneInfoLabel)

        self.conveneButtonLayout = QVBoxLayout()
        self.conveneButtonLayout.setObjectName(u"conveneButtonLayout")
        self.conveneButton = QPushButton(CouncilSummonsTab)
        self.conveneButton.setObjectName(u"conveneButton")
        self.conveneButton.setAutoDefault(False)

        self.conveneButtonLayout.addWidget(self.conveneButton)

        self.printOnConveneCheck = QCheckBox(CouncilSummonsTab)
        self.printOnConveneCheck.setObjectName(u"printOnConveneCheck")
        self.printOnConveneCheck.setChecked(True)

        self.conveneButtonLayout.addWidget(self.printOnConveneCheck)


        self.conveneLayout.addLayout(self.conveneButtonLayout)


        self.tabLayout.addLayout(self.conveneLayout)

        self.lateLabel = QLabel(CouncilSummonsTab)
        self.lateLabel.setObjectName(u"lateLabel")
        self.lateLabel.setWordWrap(True)
        self.lateLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.tabLayout.addWidget(self.lateLabel)

        self.summonsView = QTableView(CouncilSummonsTab)
        self.summonsView.setObjectName(u"summonsView")
        self.summonsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.summonsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.summonsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.summonsView.setWordWrap(False)
        self.summonsView.horizontalHeader().setStretchLastSection(True)
        self.summonsView.verticalHeader().setVisible(False)

        self.tabLayout.addWidget(self.summonsView)

        self.noticeLabel = QLabel(CouncilSummonsTab)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.tabLayout.addWidget(self.noticeLabel)

        self.summonsMessageLabel = QLabel(CouncilSummonsTab)
        self.summonsMessageLabel.setObjectName(u"summonsMessageLabel")
        self.summonsMessageLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.summonsMessageLabel)

        self.summonsButtonsLayout = QHBoxLayout()
        self.summonsButtonsLayout.setObjectName(u"summonsButtonsLayout")
        self.deliveryButton = QPushButton(CouncilSummonsTab)
        self.deliveryButton.setObjectName(u"deliveryButton")
        self.deliveryButton.setAutoDefault(False)

        self.summonsButtonsLayout.addWidget(self.deliveryButton)

        self.rescheduleButton = QPushButton(CouncilSummonsTab)
        self.rescheduleButton.setObjectName(u"rescheduleButton")
        self.rescheduleButton.setAutoDefault(False)

        self.summonsButtonsLayout.addWidget(self.rescheduleButton)

        self.emergencyButton = QPushButton(CouncilSummonsTab)
        self.emergencyButton.setObjectName(u"emergencyButton")
        self.emergencyButton.setAutoDefault(False)

        self.summonsButtonsLayout.addWidget(self.emergencyButton)

        self.summonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summonsButtonsLayout.addItem(self.summonsSpacer)


        self.tabLayout.addLayout(self.summonsButtonsLayout)

        self.printButtonsLayout = QHBoxLayout()
        self.printButtonsLayout.setObjectName(u"printButtonsLayout")
        self.printSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printButtonsLayout.addItem(self.printSpacer)

        self.printAllButton = QPushButton(CouncilSummonsTab)
        self.printAllButton.setObjectName(u"printAllButton")
        self.printAllButton.setAutoDefault(False)

        self.printButtonsLayout.addWidget(self.printAllButton)

        self.reprintButton = QPushButton(CouncilSummonsTab)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setAutoDefault(False)

        self.printButtonsLayout.addWidget(self.reprintButton)


        self.tabLayout.addLayout(self.printButtonsLayout)

        self.tabLayout.setStretch(2, 1)

        self.retranslateUi(CouncilSummonsTab)
    # setupUi

    def retranslateUi(self, CouncilSummonsTab):
        self.conveneInfoLabel.setText("")
        self.conveneButton.setText(QCoreApplication.translate("CouncilSummonsTab", u"&Convocar\u2026", None))
#if QT_CONFIG(tooltip)
        self.conveneButton.setToolTip(QCoreApplication.translate("CouncilSummonsTab", u"Generar una citaci\u00f3n numerada por cada miembro h\u00e1bil y por cada invitado", None))
#endif // QT_CONFIG(tooltip)
        self.printOnConveneCheck.setText(QCoreApplication.translate("CouncilSummonsTab", u"Imprimir al con&vocar", None))
#if QT_CONFIG(tooltip)
        self.printOnConveneCheck.setToolTip(QCoreApplication.translate("CouncilSummonsTab", u"Al convocar se abren todas las citaciones en la vista previa, listas para imprimir (como \u00abImprimir todas\u00bb)", None))
#endif // QT_CONFIG(tooltip)
        self.lateLabel.setStyleSheet(QCoreApplication.translate("CouncilSummonsTab", u"background: #f8d7da; color: #842029; border: 1px solid #d9a0a6; border-radius: 3px; padding: 6px;", None))
        self.lateLabel.setText("")
        self.summonsView.setProperty(u"emptyText", QCoreApplication.translate("CouncilSummonsTab", u"A\u00fan no hay citaciones: se generan al convocar la sesi\u00f3n (\u00abConvocar\u2026\u00bb).", None))
#if QT_CONFIG(accessibility)
        self.summonsView.setAccessibleName(QCoreApplication.translate("CouncilSummonsTab", u"Citaciones", None))
#endif // QT_CONFIG(accessibility)
        self.noticeLabel.setText("")
        self.summonsMessageLabel.setStyleSheet(QCoreApplication.translate("CouncilSummonsTab", u"color: #a40000;", None))
        self.summonsMessageLabel.setText("")
        self.deliveryButton.setText(QCoreApplication.translate("CouncilSummonsTab", u"Registrar &entrega\u2026", None))
#if QT_CONFIG(tooltip)
        self.deliveryButton.setToolTip(QCoreApplication.translate("CouncilSummonsTab", u"Fecha y hora, qui\u00e9n recibi\u00f3, DNI, forma de entrega e imagen del cargo firmado", None))
#endif // QT_CONFIG(tooltip)
        self.rescheduleButton.setText(QCoreApplication.translate("CouncilSummonsTab", u"&Reprogramar\u2026", None))
#if QT_CONFIG(tooltip)
        self.rescheduleButton.setToolTip(QCoreApplication.translate("CouncilSummonsTab", u"Mover la sesi\u00f3n a una fecha en que todas las citaciones est\u00e9n a tiempo", None))
#endif // QT_CONFIG(tooltip)
        self.emergencyButton.setText(QCoreApplication.translate("CouncilSummonsTab", u"Nota de e&mergencia\u2026", None))
#if QT_CONFIG(tooltip)
        self.emergencyButton.setToolTip(QCoreApplication.translate("CouncilSummonsTab", u"Mantener la fecha pese a las citaciones tard\u00edas, por una emergencia declarada", None))
#endif // QT_CONFIG(tooltip)
        self.printAllButton.setText(QCoreApplication.translate("CouncilSummonsTab", u"Imprimir &todas\u2026", None))
#if QT_CONFIG(tooltip)
        self.printAllButton.setToolTip(QCoreApplication.translate("CouncilSummonsTab", u"Todas las citaciones en un PDF, una por p\u00e1gina", None))
#endif // QT_CONFIG(tooltip)
        self.reprintButton.setText(QCoreApplication.translate("CouncilSummonsTab", u"Reimprimir es&ta\u2026", None))
        pass
    # retranslateUi
