-- MySQL dump 10.19  Distrib 10.3.39-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: inlislite_v3
-- ------------------------------------------------------
-- Server version	10.3.39-MariaDB-0+deb10u1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;

--
-- Table structure for table `members`
--

DROP TABLE IF EXISTS `members`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `members` (
  `ID` double NOT NULL AUTO_INCREMENT,
  `MemberNo` varchar(50) NOT NULL,
  `Fullname` varchar(255) NOT NULL,
  `PlaceOfBirth` varchar(255) DEFAULT NULL,
  `DateOfBirth` datetime DEFAULT NULL,
  `Address` varchar(255) DEFAULT NULL,
  `AddressNow` varchar(255) DEFAULT NULL,
  `Phone` varchar(50) DEFAULT NULL,
  `InstitutionName` varchar(255) DEFAULT NULL,
  `InstitutionAddress` varchar(255) DEFAULT NULL,
  `InstitutionPhone` varchar(50) DEFAULT NULL,
  `IdentityType_id` int(11) DEFAULT NULL,
  `IdentityNo` varchar(50) DEFAULT NULL,
  `Sex_id` int(11) DEFAULT NULL,
  `MaritalStatus_id` int(11) DEFAULT NULL,
  `Job_id` int(11) DEFAULT NULL,
  `RegisterDate` datetime DEFAULT NULL,
  `EndDate` datetime DEFAULT NULL,
  `MotherMaidenName` varchar(255) DEFAULT NULL,
  `Email` varchar(255) DEFAULT NULL,
  `JenisAnggota_id` int(11) DEFAULT NULL,
  `StatusAnggota_id` int(11) DEFAULT NULL,
  `Branch_id` int(11) DEFAULT NULL,
  `CreateBy` int(11) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `MemberNo` (`MemberNo`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `members`
--

LOCK TABLES `members` WRITE;
/*!40000 ALTER TABLE `members` DISABLE KEYS */;
INSERT INTO `members` VALUES (1,'IM-0001','Nur\'aini','Lebak','1990-04-03 00:00:00','Jl. Multatuli No. 3\nRangkasbitung',NULL,'081234567801',NULL,NULL,NULL,1,'',2,NULL,NULL,'2019-02-11 09:14:02','2027-02-11 00:00:00','','nuraini@contoh.id',1,1,1,1,'2019-02-11 09:14:02'),(2,'IM-0002','Ahmad \"Dedi\" Kurnia','Pandeglang','1985-11-23 00:00:00','Kp. Cibeber RT 02/03','Kp. Cibeber RT 02/03','0',NULL,NULL,NULL,1,NULL,1,NULL,NULL,'2020-07-01 10:00:00','2027-07-01 00:00:00',NULL,'-',1,1,1,1,'2020-07-01 10:00:00'),(3,'IM-0003','Siti Rahmawati','Lebak','2015-03-14 00:00:00','',NULL,'0812-3456-7803','SDN 1 Rangkasbitung',NULL,NULL,NULL,NULL,2,NULL,NULL,'2023-08-01 08:30:00','2027-08-01 00:00:00','Aminah','',2,1,1,1,'2023-08-01 08:30:00'),(4,'IM-0004','Muhammad Rizki Pratama','Serang','2012-09-30 00:00:00','Jl. Sunan Kalijaga 12',NULL,'12345','SMPN 2 Rangkasbitung',NULL,NULL,1,'3602 0130 0912 0005',1,NULL,NULL,'2022-01-10 11:45:10','2027-01-10 00:00:00','','rizki(at)contoh',2,1,1,1,'2022-01-10 11:45:10');
/*!40000 ALTER TABLE `members` ENABLE KEYS */;
UNLOCK TABLES;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;

-- Dump completed on 2026-12-07  9:20:11
