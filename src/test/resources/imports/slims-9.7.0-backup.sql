-- mysqldump-php https://github.com/ifsnop/mysqldump-php
--
-- Host: localhost	Database: slims
-- ------------------------------------------------------
-- Server version 	10.11.6-MariaDB-0+deb12u1
-- Date: Mon, 07 Dec 2026 09:12:44 +0700

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `loan`
--

DROP TABLE IF EXISTS `loan`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `loan` (
  `loan_id` int(11) NOT NULL AUTO_INCREMENT,
  `item_code` varchar(20) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `member_id` varchar(20) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`loan_id`)
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `loan`
--

LOCK TABLES `loan` WRITE;
/*!40000 ALTER TABLE `loan` DISABLE KEYS */;
SET autocommit=0;
INSERT INTO `loan` VALUES (1,'B00012','D97-0001'),(2,'B00013','D97-0002');
/*!40000 ALTER TABLE `loan` ENABLE KEYS */;
UNLOCK TABLES;
COMMIT;

--
-- Table structure for table `member`
--

DROP TABLE IF EXISTS `member`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `member` (
  `member_id` varchar(20) COLLATE utf8mb3_unicode_ci NOT NULL,
  `member_name` varchar(100) COLLATE utf8mb3_unicode_ci NOT NULL,
  `gender` int(1) NOT NULL,
  `birth_date` date DEFAULT NULL,
  `member_type_id` int(6) DEFAULT NULL,
  `member_address` varchar(255) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `member_mail_address` varchar(255) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `member_email` varchar(100) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `postal_code` varchar(20) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `inst_name` varchar(100) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `is_new` int(1) DEFAULT NULL,
  `member_image` varchar(200) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `pin` varchar(50) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `member_phone` varchar(50) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `member_fax` varchar(50) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `member_since_date` date DEFAULT NULL,
  `register_date` date DEFAULT NULL,
  `expire_date` date NOT NULL,
  `member_notes` text COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `is_pending` smallint(1) NOT NULL DEFAULT 0,
  `mpasswd` varchar(64) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `last_login` datetime DEFAULT NULL,
  `last_login_ip` varchar(50) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `input_date` date DEFAULT NULL,
  `last_update` date DEFAULT NULL,
  PRIMARY KEY (`member_id`),
  KEY `member_name` (`member_name`),
  KEY `member_type_id` (`member_type_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `member`
--

LOCK TABLES `member` WRITE;
/*!40000 ALTER TABLE `member` DISABLE KEYS */;
SET autocommit=0;
INSERT INTO `member` VALUES ('D97-0001','Nur\'aini',0,'1990-04-03',1,'Jl. Multatuli No. 3\nRangkasbitung',NULL,'nuraini@contoh.id','42311','',0,NULL,'','081234567801','','2019-02-11','2025-02-11','2027-02-11','',0,NULL,NULL,NULL,'2019-02-11','2025-02-11'),('D97-0002','Ahmad \"Dedi\" Kurnia',1,'1985-11-23',1,'Kp. Cibeber RT 02/03',NULL,'-','','',0,NULL,'','0','','2020-07-01','2025-07-01','2027-07-01','Kartu lama hilang, \"cetak ulang\" 2023\nDenda lunas',0,NULL,NULL,NULL,'2020-07-01','2025-07-01'),('D97-0003','Siti Rahmawati',0,'2015-03-14',2,NULL,NULL,'0',NULL,'SDN 1 Rangkasbitung',1,'d97-0003.jpg',NULL,'0812-3456-7803',NULL,'2023-08-01','2025-08-01','2027-08-01',NULL,0,NULL,NULL,NULL,'2023-08-01','2025-08-01');
INSERT INTO `member` VALUES ('D97-0004','Muhammad Rizki Pratama',1,'2012-09-30',2,'Jl. Sunan Kalijaga 12',NULL,'rizki(at)contoh','42312','SMPN 2 Rangkasbitung',0,NULL,NULL,'12345',NULL,'2022-01-10','2025-01-10','2027-01-10',NULL,0,NULL,'2025-01-10 10:03:11','10.0.0.7','2022-01-10','2025-01-10'),('D97-0005','Ni Luh Putu Ayu Wulandari',0,'1979-05-05',1,'Jl. Hardiwinangun 5',NULL,'ayu.wulandari@contoh.id',NULL,NULL,0,NULL,NULL,'+6281234567805',NULL,NULL,'2024-05-05','2026-12-31',NULL,0,NULL,NULL,NULL,'2024-05-05','2024-05-05'),('D97-0006','La Ode Muhammad Syarif, S.Pd.',1,'1968-12-01',3,'-',NULL,'','0','',0,NULL,'','-','','2018-03-20','2024-03-20','2027-03-20','Guru; pinjam \\ kembali tepat waktu',0,'$2y$10$Qy0bq3rJk0w8v3l1bXk6ReO3pYw8b5t8q7m3v7r0t1u2w3x4y5z6a',NULL,NULL,'2018-03-20','2024-03-20');
/*!40000 ALTER TABLE `member` ENABLE KEYS */;
UNLOCK TABLES;
COMMIT;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on: Mon, 07 Dec 2026 09:12:45 +0700
